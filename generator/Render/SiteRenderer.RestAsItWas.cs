using StaticKb.Diagnostics;
using StaticKb.Link;
using StaticKb.Render.Markdown;
using StaticKb.Render.Pages;
using StaticKb.Render.Templates;

namespace StaticKb.Render;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// statickb serve, after a save that changed article bodies only, once those articles' own pages are rendered:
    /// when no changed body quotes or annotates anything differently (the same mention sentences, in the same order,
    /// in every language), no other page shows anything of them, and the rest of the site is the last build's, but
    /// for the status pages when a translation's state changed. Listing every page to find that out took most of a
    /// save at 10,000 pairs (views, mentions and backlinks of 20,000 articles, a job for each of 46,000 pages), and
    /// so would looking each page up: the last build's pages are taken as one sorted array.
    /// </summary>
    /// <remarks>
    /// Only an article's own pages show its body (<see cref="ArticlePages"/>), and those are the pages rendered first.
    /// </remarks>
    /// <returns>
    /// The whole site, as the full pass would make it, with the diagnostics it would report again; null when a changed
    /// body quotes or annotates differently or the last build left no page list (the full pass then lists every page
    /// and decides page by page). Nothing is changed in the memory before that is known.
    /// </returns>
    private static RenderedSite? RestAsItWas(LinkedSite site, TemplateSet templates, I18nStrings strings, AssetManifest assets, DiagnosticBag diagnostics,
        int? threads, RenderMemory memory, IReadOnlySet<string> changedBodies, IReadOnlySet<string> renderedFirst)
    {
        if (memory.LastSorted is not { } last) return null;
        var languages = site.Loaded.Config.Languages;
        foreach (var lang in languages)
        {
            if (!memory.Mentions.TryGetValue(lang.Code, out var before) || !SameArticleOrder(before.ArticleKeys, site)) return null;
            foreach (var key in changedBodies)
            {
                var was = before.ByArticle.TryGetValue(key, out var recorded) ? recorded : ((IReadOnlyList<Mention>, string)?)null;
                var now = memory.Articles.TryGetValue((lang.Code, key, true), out var article) ? article.Mentions : null;
                if (!SameMentions(was, now)) return null;
            }
        }
        var statusFiles = languages.Select(l => SitePaths.File(SitePaths.Status(l.Code))).ToHashSet(StringComparer.Ordinal);
        if (!renderedFirst.Concat(statusFiles).All(file => Position(last.Files, file) >= 0)) return null;

        var renderer = new SiteRenderer(site, templates, strings, assets, diagnostics, threads, memory, changedBodies) { _renderedFirst = renderedFirst };
        foreach (var lang in languages) renderer.StatusPage(lang, new ViewBuilder(site, lang.Code, strings, diagnostics, memory));
        renderer.RunJobs();
        var pages = (RenderedPage?[])last.Pages.Clone();
        var pageList = last.PageList;
        foreach (var file in renderedFirst.Concat(statusFiles))
        {
            var at = Position(last.Files, file);
            pages[at] = memory.Pages[file].Page;
            // A page that failed now and not then, or the other way round: the list of pages is another.
            if (pages[at] is null != last.Pages[at] is null) pageList = new object();
        }
        memory.LastSorted = (last.Files, pages, pageList);

        // The diagnostics the full pass gives again: the kept pages' (the status pages' came with RunJobs), and the
        // article views', which report a body's errors in the language it is read in.
        foreach (var file in memory.PagesWithDiagnostics.Keys)
            if (!statusFiles.Contains(file) && Position(last.Files, file) >= 0) diagnostics.AddRange(memory.Pages[file].Diagnostics);
        if (!memory.ArticlesWithDiagnostics.IsEmpty)
        {
            var keys = site.Articles.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var view in memory.ArticlesWithDiagnostics.Keys)
                if (keys.Contains(view.Key) && languages.Any(l => l.Code == view.Lang)) diagnostics.AddRange(memory.Articles[view].Diagnostics);
        }
        return new RenderedSite(pages.OfType<RenderedPage>().ToList()) { PageList = pageList };
    }

    private static int Position(string[] sortedFiles, string file) => Array.BinarySearch(sortedFiles, file, StringComparer.Ordinal);

    private static bool SameArticleOrder(IReadOnlyList<string> keys, LinkedSite site)
    {
        var order = site.NewestFirst;
        if (keys.Count != order.Count) return false;
        for (var i = 0; i < keys.Count; i++)
            if (!string.Equals(keys[i], site.Articles[order[i]].Key, StringComparison.Ordinal)) return false;
        return true;
    }

    private static bool SameMentions((IReadOnlyList<Mention> Mentions, string Lang)? was, (IReadOnlyList<Mention> Mentions, string Lang)? now) =>
        was is null || now is null
            ? was is null && now is null
            : was.Value.Lang == now.Value.Lang && was.Value.Mentions.SequenceEqual(now.Value.Mentions);
}
