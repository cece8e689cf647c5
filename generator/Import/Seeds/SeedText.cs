namespace StaticKb.Import.Seeds;

/// <summary>
/// A seed as the importer sees it: UTF-8 decoded, NFC, LF line endings, no BOM.
/// <see cref="Hash"/> is taken over the raw bytes, so a seed re-saved with other line endings counts as changed.
/// </summary>
public sealed record SeedText(string Path, string Text, string Hash)
{
    public IReadOnlyList<string> Lines => Text.Split('\n');
}
