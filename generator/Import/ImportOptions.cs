namespace StaticKb.Import;

/// <summary>
/// Something the knowledge base already has a page for. <see cref="Aliases"/> are the Vietnamese surface forms
/// that name it in text ("Chỉ thị 15-CT/TW", "Chỉ thị số 15"); <see cref="Name"/> is matched as well.
/// </summary>
/// <param name="Kind">document | conference | person | organisation | place</param>
/// <param name="Key">the entity's slug, as in <c>content/vi/people/pham-minh-chinh.md</c></param>
/// <param name="DocumentNumber">documents only: the official number exactly as issued, e.g. <c>15-CT/TW</c></param>
public sealed record KnownEntity(string Kind, string Key, string Name, IReadOnlyList<string> Aliases, string? DocumentNumber = null)
{
    public string Ref => $"{Kind}/{Key}";
}

/// <param name="ProjectRoot">the site's folder; output goes to <c>content/vi/…</c> below it</param>
/// <param name="SeedPaths">seed files relative to <paramref name="ProjectRoot"/>, with forward slashes</param>
/// <param name="Registry">the entities that already exist; anything else recognised gets a page marked needs_review</param>
/// <param name="DryRun">report what would be written without touching the disk</param>
public sealed record ImportOptions(string ProjectRoot, IReadOnlyList<string> SeedPaths, IReadOnlyList<KnownEntity> Registry, bool DryRun = false);
