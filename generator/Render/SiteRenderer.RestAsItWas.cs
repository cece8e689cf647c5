using StaticKb.Diagnostics;
using StaticKb.Link;
using StaticKb.Model;
using StaticKb.Render.Markdown;
using StaticKb.Render.Pages;
using StaticKb.Render.Templates;

namespace StaticKb.Render;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// statickb serve, after a save that changed article bodies only, once those articles' own pages are rendered:
    /// when every changed body names the same entities as before, in the same order, in every language, the rest of
    /// the site is the last build's, but for the status pages when a translation's state changed and, where a body
    /// names them in other words, the one page of each entity's mentions that quotes it (the lists hold the same
    /// articles in the same places, so the last build's order says which page that is). Listing every page to find
    /// that out took most of a save at 10,000 pairs (views, mentions and backlinks of 20,000 articles, a job for each
    /// of 46,000 pages), and so would looking each page up: the last build's pages are taken as one sorted array.
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
        var config = site.Loaded.Config;
        var languages = config.Languages;
        // Entity pages that quote a changed article's sentences, where it names the same entities as before (so every
        // list of mentions holds the same articles in the same places) but in other words.
        var quoting = new List<QuotingPage>();
        foreach (var lang in languages)
        {
            if (!memory.Mentions.TryGetValue(lang.Code, out var before) || !SameArticleOrder(before.ArticleKeys, site)) return null;
            foreach (var key in changedBodies)
            {
                var was = before.ByArticle.TryGetValue(key, out var recorded) ? recorded : ((IReadOnlyList<Mention>, string)?)null;
                var now = memory.Articles.TryGetValue((lang.Code, key, true), out var article) ? article.Mentions : null;
                if (SameMentions(was, now)) continue;
                if (!SameEntities(was, now)) return null;
                foreach (var entity in now!.Value.Mentions.Select(m => m.EntityId).Distinct())
                    if (QuotingPageOf(site, memory, lang.Code, entity, key) is { } page && Position(last.Files, page.File) >= 0) quoting.Add(page);
                    else return null;
            }
        }
        var statusFiles = languages.Select(l => SitePaths.File(SitePaths.Status(l.Code))).ToHashSet(StringComparer.Ordinal);
        if (!renderedFirst.Concat(statusFiles).All(file => Position(last.Files, file) >= 0)) return null;

        // The pages are the last build's (the same mentions in the same places): a page's counterparts are those it had.
        var renderer = new SiteRenderer(site, templates, strings, assets, diagnostics, threads, memory, changedBodies)
        {
            _renderedFirst = renderedFirst,
            _lastFiles = last.Files,
        };
        foreach (var lang in languages)
        {
            renderer.StatusPage(lang, new ViewBuilder(site, lang.Code, strings, diagnostics, memory));
            var here = quoting.Where(q => q.Lang == lang.Code).DistinctBy(q => q.File).ToList();
            if (here.Count == 0) continue;
            // The changed articles' new sentences go into the entities' lists (their body diagnostics are reported below).
            var views = new ViewBuilder(site, lang.Code, strings, new DiagnosticBag(), memory);
            foreach (var pair in site.Articles.Where(p => changedBodies.Contains(p.Key))) views.Article(pair, withBody: true);
            views.RecordMentions(memory.Mentions[lang.Code].ArticleKeys, changedBodies);
            foreach (var q in here)
            {
                var sitePath = SitePaths.Entity(lang.Code, q.Entity.Primary(config.DefaultLanguage.Code).Kind, q.Entity.Key, q.Number);
                var changed = renderer.QuotesChanged(sitePath, q.OnPage, () => views.Quotes(q.EntityId, q.OnPage), force: false);
                renderer.EntityPage(lang, views, q.Entity, q.Backlinks, q.Number, q.Summaries, changed);
            }
        }
        var rendered = renderer._jobs.Select(j => j.File).ToHashSet(StringComparer.Ordinal);
        renderer.RunJobs();
        var pages = (RenderedPage?[])last.Pages.Clone();
        var pageList = last.PageList;
        foreach (var file in renderedFirst.Concat(rendered))
        {
            var at = Position(last.Files, file);
            pages[at] = memory.Pages[file].Page;
            // A page that failed now and not then, or the other way round: the list of pages is another.
            if (pages[at] is null != last.Pages[at] is null) pageList = new object();
        }
        memory.LastSorted = (last.Files, pages, pageList);

        // The diagnostics the full pass gives again: the kept pages' (the status and quoting pages' came with RunJobs), and the
        // article views', which report a body's errors in the language it is read in.
        foreach (var file in memory.PagesWithDiagnostics.Keys)
            if (!rendered.Contains(file) && Position(last.Files, file) >= 0) diagnostics.AddRange(memory.Pages[file].Diagnostics);
        if (!memory.ArticlesWithDiagnostics.IsEmpty)
        {
            var keys = site.Articles.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var view in memory.ArticlesWithDiagnostics.Keys)
                if (keys.Contains(view.Key) && languages.Any(l => l.Code == view.Lang)) diagnostics.AddRange(memory.Articles[view].Diagnostics);
        }
        return new RenderedSite(pages.OfType<RenderedPage>().ToList()) { PageList = pageList };
    }

    /// <param name="Backlinks">The articles the entity's pages list, in order; <paramref name="OnPage"/>, those on this page.</param>
    /// <param name="Summaries">The summaries of the articles on the page, as the last build made them (front matter only).</param>
    private sealed record QuotingPage(string Lang, string EntityId, TranslationPair<Entity> Entity, List<string> Backlinks, int Number,
        List<string> OnPage, Dictionary<string, ArticleView> Summaries, string File);

    /// <summary>
    /// The page of the entity's mentions that lists the article, from the order the last build listed them in (the
    /// same, as the same articles name it); null when that is not remembered.
    /// </summary>
    private static QuotingPage? QuotingPageOf(LinkedSite site, RenderMemory memory, string lang, string entityId, string articleKey)
    {
        if (site.Entity(entityId) is not { } entity || !memory.BacklinkKeys.TryGetValue((lang, entityId), out var remembered)) return null;
        var backlinks = remembered.Keys;
        var at = backlinks.IndexOf(articleKey);
        if (at < 0) return null;
        var perPage = site.Loaded.Config.BacklinksPerPage;
        var number = at / perPage + 1;
        var onPage = Pager.Items(backlinks, number, perPage);
        var summaries = new Dictionary<string, ArticleView>(StringComparer.Ordinal);
        foreach (var key in onPage)
            if (memory.Articles.TryGetValue((lang, key, false), out var summary)) summaries[key] = summary.View;
            else return null;
        var primary = entity.Primary(site.Loaded.Config.DefaultLanguage.Code);
        return new QuotingPage(lang, entityId, entity, backlinks, number, onPage, summaries,
            SitePaths.File(SitePaths.Entity(lang, primary.Kind, entity.Key, number)));
    }

    private static bool SameEntities((IReadOnlyList<Mention> Mentions, string Lang)? was, (IReadOnlyList<Mention> Mentions, string Lang)? now) =>
        was is not null && now is not null && was.Value.Lang == now.Value.Lang
        && was.Value.Mentions.Select(m => m.EntityId).SequenceEqual(now.Value.Mentions.Select(m => m.EntityId), StringComparer.Ordinal);

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
