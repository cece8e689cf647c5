using StaticKb.Import.Recognition;
using StaticKb.Model;

namespace StaticKb.Import.Output;

/// <summary>
/// The page of an entity the registry does not have yet, marked <c>needs_review</c>: its name, the surface forms
/// seen (so later imports recognise it), what the articles said about it, and the seeds it came from.
/// </summary>
public sealed record EntityPage(string Kind, string Key, string Name, IReadOnlyList<string> Aliases, EntityFacts Facts, IReadOnlyList<StatedRole> Roles, IReadOnlyList<string> Seeds)
{
    public string Ref => $"{Kind}/{Key}";

    public string RelativePath => $"content/vi/{EntityKinds.Folder(Kind)}/{Key}.md";

    public string Render()
    {
        var e = new FrontMatterEmitter()
            .Text("name", Name)
            .Plain("translation_key", Key)
            .TextList("aliases", Aliases)
            .Flag("needs_review", true);
        switch (Facts)
        {
            case DocumentFacts d:
                e.Text("doc_type", d.DocType).Text("number", d.Number).Plain("issuer", d.Issuer).Plain("date", d.Date?.Iso).Flag("date_inferred", d.Date?.Inferred == true);
                break;
            case ConferenceFacts c:
                e.Plain("date", c.Date?.Iso).Flag("date_inferred", c.Date?.Inferred == true)
                    .Plain("chair", c.Chair).PlainList("organisers", c.Organiser is null ? [] : [c.Organiser]).Text("format", c.Format).Text("summary", c.About);
                break;
        }
        if (Kind == EntityKinds.Person && Roles.Count > 0)
            e.Records("roles", Roles, (r, role) => r.Text("title", role.Title).Plain("as_of", role.AsOf?.Iso), flow: true);
        e.Map("import", m => m.PlainList("seeds", Seeds));
        return OutputHash.Stamp(e.Finish());
    }
}
