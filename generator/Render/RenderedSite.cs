namespace StaticKb.Render;

/// <summary>One output page: where it goes (site-relative file path), its language if it has one, and its HTML.</summary>
public sealed record RenderedPage(string File, string SitePath, string? Language, string Html);

/// <summary>The Render stage's output: every page of the site as HTML, in a stable order.</summary>
public sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages)
{
    /// <summary>
    /// statickb serve: stands for this list of pages (their files, in this order). Two sites with the same object list
    /// the same pages, so what is made from the list alone (the sitemap) is the same, and a page that is the same object
    /// in both is the same page. Null when not known.
    /// </summary>
    public object? PageList { get; init; }
}
