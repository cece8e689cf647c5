namespace StaticKb.Model;

/// <summary>
/// Where a page came from: its file (project-relative, forward slashes), language, section folder and slug,
/// and the line its Markdown body starts on so body diagnostics point at the right line of the file.
/// </summary>
public sealed record ContentSource(string Path, string Language, string Section, string Slug, int BodyLine);
