using Scriban.Runtime;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Link;
using StaticKb.Load;
using StaticKb.Model;
using StaticKb.Render.Pages;
using StaticKb.Render.Templates;

namespace StaticKb.Render;

/// <summary>
/// The Render stage: every page of both languages through the Scriban templates. Each page is rendered with its
/// page template, then wrapped in <c>layouts/base.html</c>. The two languages hold the same set of pages, but for an
/// entity's mentions, which can run over more pages in the language whose bodies name it more often.
/// </summary>
public sealed partial class SiteRenderer
{
    private readonly LinkedSite _site;
    private readonly TemplateSet _templates;
    private readonly I18nStrings _strings;
    private readonly AssetManifest _assets;
    private readonly DiagnosticBag _diagnostics;
    private readonly SiteConfig _config;
    private readonly List<PageJob> _jobs = new();
    private readonly ParallelOptions _parallel;
    private readonly RenderMemory? _memory;
    private readonly IReadOnlySet<string>? _changedBodies;
    // Pages rendered ahead of the rest (see pagesFirst), taken from the memory as they are.
    private IReadOnlySet<string>? _renderedFirst;

    // Site paths of every page of this build, in every language, known once all are listed. A page links its
    // counterpart in another language only if that exists: an entity's mentions can run over more pages in the
    // language whose bodies name it more often.
    private IReadOnlySet<string>? _listedPaths;

    // Taking the rest of the site as it was (RestAsItWas), the pages listed are the last build's: its files, sorted.
    private string[]? _lastFiles;

    private PageEmitter? _emit;

    /// <summary>Takes a page as soon as it is rendered: the page (its <see cref="RenderedPage.Html"/> empty) and its HTML, valid only during the call.</summary>
    public delegate void PageEmitter(RenderedPage page, ReadOnlyMemory<char> html);

    // Without a memory: parallel-text blocks shared by the pages of both languages (null with a memory, which keeps them).
    private SharedBlocks? _sharedBlocks;

    private static readonly IReadOnlySet<string> NoBodies = new HashSet<string>();

    private SiteRenderer(LinkedSite site, TemplateSet templates, I18nStrings strings, AssetManifest assets, DiagnosticBag diagnostics, int? threads,
        RenderMemory? memory, IReadOnlySet<string>? changedBodies)
    {
        _memory = memory;
        _changedBodies = memory is null ? null : changedBodies;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 };
        _site = site;
        _templates = templates;
        _strings = strings;
        _assets = assets;
        _diagnostics = diagnostics;
        _config = site.Loaded.Config;
    }

    /// <param name="threads">Pages rendered at once; null uses every core. The output is the same whatever the number.</param>
    /// <param name="memory">Pages and bodies of the previous build (<c>statickb serve</c>), or null.</param>
    /// <param name="changedBodies">
    /// Translation keys of the articles whose bodies alone changed since the build <paramref name="memory"/> holds;
    /// pages that none of them reaches are taken from memory. Null renders every page.
    /// </param>
    /// <param name="pagesFirst">
    /// With a memory and changed bodies: receives the changed articles' own pages (article and parallel text, every
    /// language) as soon as they are rendered, before the rest of the site is listed, when they gave no error.
    /// <c>statickb serve</c> shows the editor their page while the pages that list or quote it are still being made.
    /// </param>
    /// <param name="emit">
    /// Receives each page as soon as it is rendered, on the thread that rendered it (a one-off build writes it out and
    /// lets it go), its HTML read from the template's buffer, never made into a string. The site returned then lists
    /// the pages with an empty <see cref="RenderedPage.Html"/>.
    /// </param>
    public static RenderedSite Render(LinkedSite site, TemplateSet templates, I18nStrings strings, AssetManifest assets, DiagnosticBag diagnostics,
        int? threads = null, RenderMemory? memory = null, IReadOnlySet<string>? changedBodies = null, Action<IReadOnlyList<RenderedPage>>? pagesFirst = null,
        PageEmitter? emit = null)
    {
        if (emit is not null && memory is not null) throw new ArgumentException("a page handed to emit is not kept: emit is for builds without memory", nameof(emit));
        var languages = site.Loaded.Config.Languages;
        // A save that changed nothing a page shows (an editor's autosave, a touch) has no body to render first.
        var renderedFirst = memory is null || changedBodies is null ? null
            : changedBodies.Count > 0 ? RenderChangedArticles(site, templates, strings, assets, threads, memory, changedBodies, pagesFirst)
            : new HashSet<string>(StringComparer.Ordinal);
        if (renderedFirst is not null && RestAsItWas(site, templates, strings, assets, diagnostics, threads, memory!, changedBodies!, renderedFirst) is { } kept)
        {
            memory!.LastListedEveryPage = false;
            return kept;
        }
        memory?.LastListedEveryPage = true;
        var sharedBlocks = memory is null ? new SharedBlocks() : null;
        var renderers = languages.Select(_ => new SiteRenderer(site, templates, strings, assets, diagnostics, threads, memory, changedBodies)
        {
            _renderedFirst = renderedFirst,
            _sharedBlocks = sharedBlocks,
        }).ToList();
        // Each language lists thousands of pages and shares nothing it changes with the other: listed side by side.
        Parallel.For(0, languages.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i => renderers[i].RenderLanguage(languages[i]));
        var renderer = renderers[0];
        var byLanguage = renderers.Select(r => r._jobs.ToList()).ToList();
        renderer._jobs.Clear();
        renderer._jobs.AddRange(Interleave(byLanguage));
        renderer.RenderNotFound();
        renderer.RenderRoot();
        var listed = renderer._jobs.Select(j => j.SitePath).ToHashSet(StringComparer.Ordinal);
        foreach (var r in renderers) r._listedPaths = listed;
        // The same pages as last time (the usual body-only save): every page's counterparts are as they were.
        if (!renderer.SamePagesAsLastBuild())
        {
            renderer.NoteCounterparts();
            // Until this build's pages are in (InFileOrder), the last page list no longer matches what the memory noted.
            memory?.LastOrder = null;
            memory?.LastSorted = null;
        }
        renderer._emit = emit;
        return renderer.InFileOrder(renderer.RunJobs());
    }

    /// <summary>
    /// The languages' pages taken in turns (the first page of each, then the second of each, …). Each language lists
    /// the same pages in the same order up to the entity mentions, whose number can differ, so a page and its
    /// counterparts are rendered about together; the parallel-text pages of a pair share their blocks
    /// (<see cref="SharedBlocks"/>) for that short while only. The order of the site's files does not depend on it.
    /// </summary>
    private static IEnumerable<PageJob> Interleave(IReadOnlyList<List<PageJob>> byLanguage)
    {
        for (var i = 0; i < byLanguage.Max(jobs => jobs.Count); i++)
            foreach (var jobs in byLanguage)
                if (i < jobs.Count) yield return jobs[i];
    }

    /// <summary>
    /// Renders the pages of the articles whose bodies changed, in every language, into the memory, and hands them
    /// to <paramref name="pagesFirst"/> (when given) unless they gave an error. Their diagnostics stay in the memory,
    /// where what follows (<see cref="RestAsItWas"/>, or the full pass) takes them with the pages.
    /// </summary>
    /// <returns>The files rendered, which what follows takes as they are.</returns>
    private static HashSet<string> RenderChangedArticles(LinkedSite site, TemplateSet templates, I18nStrings strings, AssetManifest assets, int? threads,
        RenderMemory memory, IReadOnlySet<string> changedBodies, Action<IReadOnlyList<RenderedPage>>? pagesFirst)
    {
        var found = new DiagnosticBag();
        var first = new SiteRenderer(site, templates, strings, assets, found, threads, memory, changedBodies);
        var config = site.Loaded.Config;
        var changed = site.Articles.Where(p => changedBodies.Contains(p.Key)).ToList();
        // Rendered before the site is listed (_listedPaths is null: every counterpart taken to exist), which holds for
        // these pages: an article and its parallel text exist in every language, and a body-only save cannot change that.
        foreach (var lang in config.Languages)
        {
            var views = new ViewBuilder(site, lang.Code, strings, found, memory);
            var otherViews = new ViewBuilder(site, config.Other(lang.Code).Code, strings, new DiagnosticBag(), memory);
            foreach (var pair in changed) first.ArticlePages(lang, views, otherViews, pair, views.Article(pair, withBody: true));
        }
        var pages = first.RunJobs().OfType<RenderedPage>().ToList();
        if (!found.HasErrors && pages.Count > 0) pagesFirst?.Invoke(pages);
        return first._jobs.Select(j => j.File).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A page to render: its model is built (when it needs Markdown of its own, as the parallel view does) and run
    /// through the templates on any thread; pages never depend on each other's output.
    /// </summary>
    /// <param name="Bodies">Translation keys of the articles whose bodies the page shows or quotes; null: every body.</param>
    /// <param name="InputsChanged">What the page lists besides bodies changed since the last build (see <see cref="SameInputs"/>).</param>
    private sealed record PageJob(string File, string SitePath, string? Language, string Template, Func<DiagnosticBag, Dictionary<string, object?>> Model,
        bool InLayout, IReadOnlySet<string>? Bodies, bool InputsChanged = false);

    /// <summary>The rendered pages (but those that failed) sorted by file, as the output is.</summary>
    private RenderedSite InFileOrder(RenderedPage?[] pages)
    {
        var files = _jobs.Select(j => j.File).ToArray();
        // statickb serve lists the same pages in the same order on every save: the last sort still holds.
        var samePages = SamePagesAsLastBuild();
        var order = samePages
            ? _memory!.LastOrder!.Value.Order
            : Enumerable.Range(0, files.Length).OrderBy(i => files[i], StringComparer.Ordinal).ToArray();
        var sorted = order.Select(i => pages[i]).ToArray();
        if (_memory is null) return new RenderedSite(sorted.OfType<RenderedPage>().ToList());
        _memory.LastOrder = (files, order);
        // The same files as last time, and no page failed now that did not then or the other way round: the same list.
        var pageList = samePages && _memory.LastSorted is { } last && last.Pages.Length == sorted.Length
            && last.Pages.Zip(sorted).All(p => p.First is null == p.Second is null)
            ? last.PageList
            : new object();
        _memory.LastSorted = (order.Select(i => files[i]).ToArray(), sorted, pageList);
        return new RenderedSite(sorted.OfType<RenderedPage>().ToList()) { PageList = pageList };
    }

    /// <summary>statickb serve: whether this build lists the very pages the last one did, in the same order.</summary>
    private bool SamePagesAsLastBuild()
    {
        if (_memory?.LastOrder is not { } last || last.Files.Length != _jobs.Count) return false;
        for (var i = 0; i < _jobs.Count; i++)
            if (!string.Equals(last.Files[i], _jobs[i].File, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <returns>The pages in the order of the jobs; null for a page whose templates failed.</returns>
    private RenderedPage?[] RunJobs()
    {
        var pages = new RenderedPage?[_jobs.Count];
        var rendered = 0;
        Parallel.For(0, _jobs.Count, _parallel, i =>
        {
            var job = _jobs[i];
            if (_memory is not null && _memory.Pages.TryGetValue(job.File, out var kept)
                && (_renderedFirst?.Contains(job.File) == true || !job.InputsChanged && Unchanged(kept.Bodies) && Unchanged(job.Bodies)))
            {
                _diagnostics.AddRange(kept.Diagnostics);
                pages[i] = kept.Page;
                return;
            }
            Interlocked.Increment(ref rendered);
            var own = new DiagnosticBag();
            var model = job.Model(own);
            using var body = _templates.RenderToOutput(job.Template, model, job.SitePath, own);
            using var layout = body is not null && job.InLayout ? RenderLayout(model, body, job.SitePath, own) : null;
            if ((job.InLayout ? layout : body) is { } output)
            {
                if (_emit is not null)
                {
                    var page = new RenderedPage(job.File, job.SitePath, job.Language, "");
                    _emit(page, output.Written);
                    pages[i] = page;
                }
                else pages[i] = new RenderedPage(job.File, job.SitePath, job.Language, output.ToString());
            }
            var found = own.Sorted();
            _diagnostics.AddRange(found);
            if (_memory is null) return;
            _memory.Pages[job.File] = new RenderMemory.RememberedPage(pages[i], job.Bodies, found);
            if (found.Count > 0) _memory.PagesWithDiagnostics[job.File] = 0;
            else _memory.PagesWithDiagnostics.TryRemove(job.File, out _);
        });
        if (_memory is not null) _memory.LastRendered = rendered + (_renderedFirst?.Count ?? 0);
        return pages;
    }

    private PageOutput? RenderLayout(Dictionary<string, object?> model, PageOutput body, string sitePath, DiagnosticBag diagnostics)
    {
        model["content"] = new LayoutContent(body.Written);
        return _templates.RenderToOutput("layouts/base.html", model, sitePath, diagnostics);
    }

    // A page is kept only when no changed body reaches it, before the change or after (a body that stops quoting
    // an entity changes that entity's page as much as one that starts).
    private bool Unchanged(IReadOnlySet<string>? bodies) =>
        _changedBodies is not null && bodies is not null && !bodies.Overlaps(_changedBodies);

    private void RenderLanguage(LanguageConfig lang)
    {
        var views = new ViewBuilder(_site, lang.Code, _strings, _diagnostics, _memory, _sharedBlocks);
        var otherViews = new ViewBuilder(_site, _config.Other(lang.Code).Code, _strings, new DiagnosticBag(), _memory, _sharedBlocks);
        var ordered = _site.NewestFirst.Select(i => _site.Articles[i]).ToList();
        var summaries = ordered.Select(p => views.Article(p, withBody: false)).ToList();

        Page(lang, SitePaths.Home(lang.Code), "pages/home.html", "home", lang.Title, lang.Description, new()
        {
            ["articles"] = summaries.Take(_config.HomeArticleCount).ToList(),
            ["all_articles_url"] = views.Link(SitePaths.Articles(lang.Code)),
            ["entity_indexes"] = EntityKinds.All.Select(k => new LinkView(_strings.Get(lang.Code, "kinds_" + k.Id()), views.Link(SitePaths.EntityIndex(lang.Code, k)))).ToList(),
            ["overviews"] = new[] { new LinkView(_strings.Get(lang.Code, "timeline_title"), views.Link(SitePaths.Timeline(lang.Code))) }
                .Append(new LinkView(_strings.Get(lang.Code, "figures_title"), views.Link(SitePaths.Figures(lang.Code))))
                .Append(new LinkView(_strings.Get(lang.Code, "topics_title"), views.Link(SitePaths.Topics(lang.Code))))
                .ToList(),
        });

        var totalPages = Pager.PageCount(summaries.Count, _config.ArticlesPerPage);
        for (var page = 1; page <= totalPages; page++)
        {
            var pager = Pager.Build(page, totalPages, n => views.Link(SitePaths.Articles(lang.Code, n)));
            var title = _strings.Get(lang.Code, "articles_title") + (page > 1 ? $" ({page}/{totalPages})" : "");
            Page(lang, SitePaths.Articles(lang.Code, page), "pages/list.html", "list", title, lang.Description, new()
            {
                ["articles"] = summaries.Skip((page - 1) * _config.ArticlesPerPage).Take(_config.ArticlesPerPage).ToList(),
                ["pager"] = pager,
            });
        }

        var summaryByKey = new Dictionary<string, ArticleView>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++) summaryByKey[ordered[i].Key] = summaries[i];
        // Markdown bodies are the bulk of the work: rendered on every core, then their mentions recorded in order.
        var articleViews = new ArticleView[ordered.Count];
        Parallel.For(0, ordered.Count, _parallel, i => articleViews[i] = views.Article(ordered[i], withBody: true));
        views.RecordMentions(ordered.Select(p => p.Key).ToList(), _changedBodies);
        for (var i = 0; i < ordered.Count; i++) ArticlePages(lang, views, otherViews, ordered[i], articleViews[i]);

        foreach (var kind in EntityKinds.All)
        {
            var entities = _site.Entities.Where(p => p.Primary(_config.DefaultLanguage.Code).Kind == kind).ToList();
            var indexEntries = new List<EntityLinkView>();
            foreach (var pair in entities)
            {
                var id = pair.Primary(_config.DefaultLanguage.Code).Id;
                var link = views.EntityLink(id)!;
                indexEntries.Add(link);
                var backlinks = views.BacklinkKeys(id, _site.ArticlesListing(id), summaryByKey);
                var perPage = _config.BacklinksPerPage;
                var pageCount = Pager.PageCount(backlinks.Count, perPage);
                for (var n = 1; n <= pageCount; n++)
                {
                    var onPage = Pager.Items(backlinks, n, perPage);
                    var sitePath = SitePaths.Entity(lang.Code, kind, pair.Key, n);
                    // A page is made again when the articles it lists (or their number, which every page shows) changed
                    // (a body that starts or stops naming the entity moves the rest), or the sentences it quotes from
                    // them did; no body reaches it otherwise: an edit elsewhere in an article leaves its quotes alone.
                    var listChanged = !SameInputs(sitePath, () => backlinks.Count + ":" + string.Join(',', onPage));
                    var changed = QuotesChanged(sitePath, onPage, () => views.Quotes(id, onPage), force: listChanged) || listChanged;
                    EntityPage(lang, views, pair, backlinks, n, summaryByKey, changed);
                }
            }
            // The index shows names and glosses only: no article body reaches it.
            // Sorted by name only if the page is rendered: statickb serve keeps it on most saves.
            LazyPage(lang, SitePaths.EntityIndex(lang.Code, kind), "pages/entity-index.html", "list",
                _strings.Get(lang.Code, "kinds_" + kind.Id()), lang.Description, _ => new()
                {
                    ["entities"] = indexEntries.OrderBy(e => e.Name, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, false)).ToList(),
                    ["kind"] = kind.Id(),
                }, NoBodies);
        }

        var timeline = TimelineBuilder.Build(_site);
        // Timeline entries link the articles that annotate each entity, which a body can start or stop doing; when
        // no body did (the same articles, in the same order, for every entity), no body reaches the timeline pages.
        var annotationsChanged = !SameInputs(lang.Code + "/timeline", () => string.Join('\n', timeline.Select(e => e.Entity.Primary(_config.DefaultLanguage.Code).Id)
            .Select(id => id + ":" + string.Join(',', views.MentioningArticlesInOrder(id)))));
        foreach (var page in TimelinePages.Build(timeline, views, _strings, lang.Code, summaryByKey))
            LazyPage(lang, page.SitePath, "pages/timeline.html", "timeline", page.Title, lang.Description, _ => new(page.Data()), NoBodies,
                inputsChanged: annotationsChanged);

        LazyPage(lang, SitePaths.Figures(lang.Code), "pages/figures.html", "figures", _strings.Get(lang.Code, "figures_title"), lang.Description,
            _ => new(FigurePages.Build(_site, lang.Code, _strings, summaryByKey)), NoBodies);

        // Topic pages list article summaries only (no body reaches them): their data is made if they are rendered.
        var topics = new Lazy<List<TopicView>>(() => ordered
            .SelectMany(p => p.Primary(_config.DefaultLanguage.Code).Tags.Select(tag => (Tag: tag, Key: p.Key)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TopicView(g.Key, TopicName(lang.Code, g.Key), views.Link(SitePaths.Topic(lang.Code, g.Key)), g.Select(x => summaryByKey[x.Key]).ToList()))
            .ToList());
        foreach (var tag in ordered.SelectMany(p => p.Primary(_config.DefaultLanguage.Code).Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            LazyPage(lang, SitePaths.Topic(lang.Code, tag), "pages/topic.html", "list", TopicName(lang.Code, tag), lang.Description,
                _ => new() { ["topic"] = topics.Value.Single(t => t.Key == tag) }, NoBodies);
        LazyPage(lang, SitePaths.Topics(lang.Code), "pages/topics.html", "list", _strings.Get(lang.Code, "topics_title"), lang.Description,
            _ => new() { ["topics"] = topics.Value }, NoBodies);

        StatusPage(lang, views);

        Page(lang, $"{lang.Code}/search/", "pages/search.html", "search", _strings.Get(lang.Code, "search_title"), lang.Description, new());
    }

    /// <summary>
    /// Page <paramref name="number"/> of an entity: the first with its facts and body, each listing
    /// <c>backlinks_per_page</c> of the articles that mention it (<paramref name="backlinks"/>, in order) with the
    /// sentences that name it. <paramref name="summaryByKey"/> holds the summaries of at least the articles listed.
    /// </summary>
    private void EntityPage(LanguageConfig lang, ViewBuilder views, TranslationPair<Entity> pair, List<string> backlinks, int number,
        IReadOnlyDictionary<string, ArticleView> summaryByKey, bool changed)
    {
        var primary = pair.Primary(_config.DefaultLanguage.Code);
        var (id, kind) = (primary.Id, primary.Kind);
        var link = views.EntityLink(id)!;
        var summary = (pair.In(lang.Code) ?? primary).Summary;
        var perPage = _config.BacklinksPerPage;
        var pageCount = Pager.PageCount(backlinks.Count, perPage);
        var onPage = Pager.Items(backlinks, number, perPage);
        var sitePath = SitePaths.Entity(lang.Code, kind, pair.Key, number);
        // Lazy: backlinks, body and structured data are made only when the page is rendered. The pages after
        // the first list further mentions only: not searchable, no structured data of their own.
        LazyPage(lang, sitePath, "pages/entity.html", number == 1 ? kind.Id() : "mentions",
            number == 1 ? link.Name : $"{link.Name} ({number}/{pageCount})", summary ?? link.KindLabel, bag =>
            {
                var view = views.Entity(pair, views.Backlinks(id, onPage, summaryByKey), bag, withBody: number == 1);
                return new()
                {
                    ["entity"] = view,
                    ["json_ld"] = number == 1 ? StructuredData.Entity(view, lang.Code, _config.BaseUrl.Absolute(sitePath)) : null,
                    ["pager"] = pageCount > 1 ? Pager.Build(number, pageCount, p => views.Link(SitePaths.Entity(lang.Code, kind, pair.Key, p))) : null,
                    ["mentions_page"] = number,
                    ["mentions_total"] = backlinks.Count,
                    ["mentions_start"] = (number - 1) * perPage + 1,
                };
            }, NoBodies, inputsChanged: changed);
    }

    /// <summary>
    /// The editors' page of translations that need work (missing or stale), with the number of translations in each
    /// state. Those up to date are counted, not listed: at 10,000 pairs they would be 20,000 rows, made again in both
    /// languages on the first save of any source article (a translation going stale), for a list nobody reads.
    /// A translation goes stale when its source's body changes: the page is made again when any status changed.
    /// </summary>
    private void StatusPage(LanguageConfig lang, ViewBuilder views)
    {
        var statusesChanged = !SameStatuses(lang.Code);
        LazyPage(lang, SitePaths.Status(lang.Code), "pages/status.html", "status", _strings.Get(lang.Code, "status_title"), lang.Description, _ => new()
        {
            ["rows"] = _site.TranslationStatuses
                .Where(st => st.State != TranslationState.Current)
                .OrderBy(st => st.State)
                .ThenBy(st => st.SourcePath, StringComparer.Ordinal)
                .Select(st => new StatusRowView(st.Section, st.Key, st.State.ToString().ToLowerInvariant(),
                    _strings.Get(lang.Code, "status_" + st.State.ToString().ToLowerInvariant()), st.SourcePath, st.TranslationPath,
                    views.Link(st.Section == ContentLoader.ArticlesSection ? SitePaths.Article(lang.Code, st.Key)
                        : SitePaths.Entity(lang.Code, EntityKinds.FromFolder(st.Section)!.Value, st.Key))))
                .ToList(),
            ["counts"] = Enum.GetValues<TranslationState>().Select(st => new LinkView(_strings.Get(lang.Code, "status_" + st.ToString().ToLowerInvariant()),
                _site.TranslationStatuses.Count(x => x.State == st).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        }, NoBodies, inputsChanged: statusesChanged);
    }

    /// <summary>An article's own pages in one language: the article, and the parallel text when both languages have it.</summary>
    private void ArticlePages(LanguageConfig lang, ViewBuilder views, ViewBuilder otherViews, TranslationPair<Article> pair, ArticleView view)
    {
        // Both pages show this article's body alone (read-only, so one set serves both).
        var bodies = new HashSet<string>(StringComparer.Ordinal) { pair.Key };
        // Lazy: a page kept from the previous build (statickb serve) needs no structured data made again.
        LazyPage(lang, SitePaths.Article(lang.Code, pair.Key), "pages/article.html", "article",
            view.IsFallback ? view.OriginalTitle ?? view.Title : view.Title, view.Summary ?? lang.Description,
            _ => new()
            {
                ["article"] = view,
                ["json_ld"] = StructuredData.Article(view, lang.Code, _config.BaseUrl.Absolute(SitePaths.Article(lang.Code, pair.Key)), lang.Title),
                ["og_type"] = "article",
            }, bodies);

        var source = _config.DefaultLanguage.Code;
        var translation = _config.Languages[1].Code;
        if (pair.In(source) is null || pair.In(translation) is null) return;
        // Each side is rendered by its own language's views (its entity links lead to pages in its language), so the
        // parallel-text pages of both languages show the same blocks, which SharedBlocks renders once.
        LazyPage(lang, SitePaths.Parallel(lang.Code, pair.Key), "pages/parallel.html", "parallel",
            _strings.Get(lang.Code, "parallel_title") + ": " + (pair.In(lang.Code)!.Title), lang.Description, bag => new()
            {
                ["rows"] = ParallelPages.Rows(pair, source, translation,
                    a => a.Language == lang.Code ? views.Blocks(a) : otherViews.Blocks(a), bag, report: lang.Code == source),
                ["source_lang"] = source,
                ["translation_lang"] = translation,
                ["article_url"] = views.Link(SitePaths.Article(lang.Code, pair.Key)),
                ["source_title"] = pair.In(source)!.Title,
                ["translation_title"] = pair.In(translation)!.Title,
            }, bodies);
    }

    private string TopicName(string lang, string tag) => _strings.GetOrDefault(lang, "topic_" + tag.Replace('-', '_'), tag.Replace('-', ' '));

    /// <summary>
    /// statickb serve: a kept page is made again when one of its counterparts in the other languages came or went
    /// (its language switcher and alternates name them), though nothing it lists changed.
    /// </summary>
    private void NoteCounterparts()
    {
        if (_memory is null) return;
        for (var i = 0; i < _jobs.Count; i++)
        {
            var job = _jobs[i];
            if (job.Language is not { } lang || !job.SitePath.StartsWith(lang + "/", StringComparison.Ordinal)) continue;
            var present = string.Join(',', _config.Languages.Where(l => Listed(Counterpart(job.SitePath, lang, l.Code))).Select(l => l.Code));
            if (!SameInputs(job.File + "#counterparts", () => present)) _jobs[i] = job with { InputsChanged = true };
        }
    }

    private static string Counterpart(string sitePath, string lang, string otherLang) => otherLang + sitePath[lang.Length..];

    private bool Listed(string sitePath) =>
        _listedPaths?.Contains(sitePath) ?? (_lastFiles is null || Position(_lastFiles, SitePaths.File(sitePath)) >= 0);

    /// <summary>The page itself if this build has it, else the closest page above it (an entity's first page for a mentions page it lacks).</summary>
    private string ListedOrAbove(string sitePath)
    {
        for (var path = sitePath; path.Length > 0; path = path[..(path.TrimEnd('/').LastIndexOf('/') + 1)])
            if (Listed(path)) return path;
        return sitePath;
    }

    /// <summary>
    /// Whether the pages named <paramref name="pages"/> are made from the same <paramref name="inputs"/> as in the build
    /// the memory holds (then no body change reaches them); remembers these inputs for the next build.
    /// </summary>
    private bool SameInputs(string pages, Func<string> inputs)
    {
        // Without a memory every page is rendered, and the inputs are not worked out at all.
        if (_memory is null) return false;
        var now = inputs();
        var same = _memory.Inputs.TryGetValue(pages, out var before) && before == now;
        _memory.Inputs[pages] = now;
        return same;
    }

    /// <summary>
    /// Whether every translation's state is what the build the memory holds found (then the status page lists the
    /// same); remembers them for the next build. Compared state by state: joining 20,000 of them into a string for
    /// <see cref="SameInputs"/> took tens of milliseconds of every save at 10,000 pairs.
    /// </summary>
    private bool SameStatuses(string lang)
    {
        if (_memory is null) return false;
        var now = _site.TranslationStatuses.ToArray();
        var same = _memory.Statuses.TryGetValue(lang, out var before) && before.AsSpan().SequenceEqual(now);
        _memory.Statuses[lang] = now;
        return same;
    }

    /// <summary>
    /// Whether the sentences a page quotes from the articles it lists differ from the last build's. Worked out only
    /// when a changed body is listed on the page, the list itself changed (<paramref name="force"/>), or nothing is
    /// remembered; otherwise they are the same by definition.
    /// </summary>
    private bool QuotesChanged(string page, IReadOnlyList<string> listed, Func<string> quotes, bool force)
    {
        if (_memory is null) return false; // nothing is kept: every page is rendered
        var key = page + "#quotes";
        if (!force && _changedBodies is not null && _memory.Inputs.ContainsKey(key) && !listed.Any(_changedBodies.Contains)) return false;
        return !SameInputs(key, quotes);
    }

    /// <summary>Renders one language's page into the base layout, with alternates and the language switcher; no article body reaches it.</summary>
    private void Page(LanguageConfig lang, string sitePath, string template, string kind, string title, string description,
        Dictionary<string, object?> data) =>
        LazyPage(lang, sitePath, template, kind, title, description, _ => data, NoBodies);

    /// <summary>A page whose model is made on the rendering thread, and only if it is rendered (a kept page needs none).</summary>
    private void LazyPage(LanguageConfig lang, string sitePath, string template, string kind, string title, string description,
        Func<DiagnosticBag, Dictionary<string, object?>> data, IReadOnlySet<string>? bodies, bool inputsChanged = false)
    {
        _jobs.Add(new PageJob(SitePaths.File(sitePath), sitePath, lang.Code, template, bag =>
        {
            var other = _config.Other(lang.Code);
            // Nearly every page exists in both languages (untranslated articles as knowledge cards). Where the other
            // language has no such page (mentions running over fewer pages there), alternates leave it out and the
            // switcher goes to the closest page above it.
            var alternates = _config.Languages.Select(l => (l.Code, Path: Counterpart(sitePath, lang.Code, l.Code)))
                .Where(a => a.Code == lang.Code || Listed(a.Path))
                .Select(a => new AlternateView(a.Code, _config.BaseUrl.Absolute(a.Path))).ToList();
            var defaultPath = Counterpart(sitePath, lang.Code, _config.DefaultLanguage.Code);
            var page = new PageView(lang.Code, title, description, kind,
                _config.BaseUrl.Absolute(sitePath),
                alternates,
                _config.BaseUrl.Absolute(Listed(defaultPath) ? defaultPath : sitePath),
                new LinkView(_strings.Get(lang.Code, "switch_language"), _config.BaseUrl.Link(ListedOrAbove(Counterpart(sitePath, lang.Code, other.Code)))),
                other.Code);
            var model = Globals(lang.Code, page);
            model["searchable"] = Searchable.Contains(kind);
            foreach (var (k, v) in data(bag)) model[k] = v;
            return model;
        }, InLayout: true, bodies, inputsChanged));
    }

    // Pages the search index covers; lists, the timeline and editors' pages would only repeat them.
    private static readonly HashSet<string> Searchable = ["article", .. EntityKinds.All.Select(k => k.Id())];

    private Dictionary<string, object?> Globals(string lang, PageView? page) => new()
    {
        ["site"] = new SiteView(_config.Language(lang).Title, _config.Language(lang).Description, _config.BaseUrl.Link(SitePaths.Home(lang)),
            _config.Menu.Select(m => new LinkView(_strings.Get(lang, m.Label), _config.BaseUrl.Link($"{lang}/{m.Path}"))).ToList(),
            _config.BaseUrl.Link($"{lang}/search/"), _config.BaseUrl.Link(SitePaths.Feed(lang))),
        ["page"] = page,
        ["t"] = _strings.For(lang),
        ["assets"] = Assets(lang),
        ["base_path"] = _config.BaseUrl.Path,
        ["json_ld"] = null,
        ["searchable"] = false,
        ["status_url"] = _config.BaseUrl.Link(SitePaths.Status(lang)),
        ["og_type"] = "website",
        ["og_locale"] = lang == "vi" ? "vi_VN" : "en_GB",
    };

    private AssetsView Assets(string lang) => new(
        _config.BaseUrl.Link(_assets["site.css"]),
        _config.BaseUrl.Link(_assets["search.js"]),
        _config.BaseUrl.Link(_assets["timeline.js"]),
        _config.BaseUrl.Link(_assets["lang.js"]),
        _config.BaseUrl.Link(_assets["lunr.js"]),
        _config.BaseUrl.Link(_assets[$"search-{lang}.json"]),
        _config.BaseUrl.Link(_assets[$"search-docs-{lang}.json"]));

    // GitHub Pages serves one 404.html for the whole site: it is bilingual and needs no layout of a single language.
    private void RenderNotFound()
    {
        var model = Globals(_config.DefaultLanguage.Code, null);
        model["languages"] = _config.Languages.Select(l => new Dictionary<string, object?>
        {
            ["lang"] = l.Code,
            ["t"] = _strings.For(l.Code),
            ["home_url"] = _config.BaseUrl.Link(SitePaths.Home(l.Code)),
            ["search_url"] = _config.BaseUrl.Link($"{l.Code}/search/"),
        }).ToList();
        Standalone(SitePaths.NotFound, "pages/404.html", model);
    }

    private void RenderRoot()
    {
        var model = Globals(_config.DefaultLanguage.Code, null);
        model["languages"] = _config.Languages.Select(l => new LinkView(l.Name, _config.BaseUrl.Link(SitePaths.Home(l.Code)))).ToList();
        model["default_url"] = _config.BaseUrl.Link(SitePaths.Home(_config.DefaultLanguage.Code));
        model["default_absolute"] = _config.BaseUrl.Absolute(SitePaths.Home(_config.DefaultLanguage.Code));
        Standalone("index.html", "pages/root.html", model);
    }

    private void Standalone(string file, string template, Dictionary<string, object?> model) =>
        _jobs.Add(new PageJob(file, file, null, template, _ => model, InLayout: false, NoBodies));
}
