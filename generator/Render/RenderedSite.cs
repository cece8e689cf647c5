namespace StaticKb.Render;

/// <summary>One output page: where it goes (site-relative file path), its language if it has one, and its HTML.</summary>
public sealed record RenderedPage(string File, string SitePath, string? Language, string Html);

/// <summary>The Render stage's output: every page of the site as HTML, in a stable order.</summary>
public sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages);
