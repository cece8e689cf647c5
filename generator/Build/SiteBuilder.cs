using System.Text;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Index;
using StaticKb.Link;
using StaticKb.Load;
using StaticKb.Publish;
using StaticKb.Render;
using StaticKb.Render.Pages;
using StaticKb.Render.Templates;

namespace StaticKb.Build;

/// <summary>
/// Runs the stages in order: Load → Link → Render → Index → Publish. Each stage reports into one diagnostic bag;
/// an error anywhere stops the build before Publish, so a broken edit never reaches the output folder.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options) => Build(options, null);

    /// <summary>Where a one-off build writes the search shards as they are made, until the manifest names them (under assets/).</summary>
    private const string StoredShardsFolder = ".shards";

    /// <summary>Garbage worth a full collection of its own in a one-off build (see the index's CountsLetGo).</summary>
    private const long LargeGarbage = 64L << 20;

    /// <param name="cache">Work kept from the previous build of the same project (<c>statickb serve</c>), or null.</param>
    public static BuildResult Build(BuildOptions options, BuildCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.ProjectRoot);
        cache?.Validate(root);
        var stages = (cache?.Stages ?? new StageTimes()).Restart();
        var config = SiteConfigReader.Read(root, new SiteConfigReader.Overrides(options.BaseUrl, options.OutputDir), diagnostics);
        if (config is null) return Failed(diagnostics);

        var outputDir = Path.GetFullPath(Path.Combine(root, config.OutputDir));
        // First of all, so that even a build that fails leaves the last good site where readers expect it.
        if (options.WriteOutput) new AtomicOutput(outputDir).Repair();
        if (options.OutputDir is null && !IsInside(outputDir, root))
            diagnostics.Error(new SourceLocation(SiteConfigReader.FileName, 1, 1), $"output '{config.OutputDir}' is outside the project",
                "use a folder inside the project, or pass --output explicitly to write elsewhere");
        if (IsInside(root, outputDir) || outputDir == root)
            diagnostics.Error(new SourceLocation(SiteConfigReader.FileName, 1, 1), $"output '{config.OutputDir}' would replace the project itself");

        // Taken now: a build that stops before making its feeds leaves none to the next.
        var keptFeeds = cache?.LastFeeds;
        if (cache is not null) cache.LastFeeds = null;
        // A one-off build that writes the site stages the new site beside the old one, which a failure leaves as it
        // was. Its pages are streamed there as they are rendered (StreamedPages), and the articles' bodies wait there
        // in a scratch file from the Load stage until their pages are rendered: at 10,000 pairs they are about 380 MB
        // of strings, which would otherwise be held through the whole render.
        var oneOff = cache is null && options.WriteOutput && !diagnostics.HasErrors;
        using var staged = oneOff ? Stage(outputDir, config, diagnostics) : null;
        if (oneOff && staged is null) return Failed(diagnostics); // an output folder that may not be replaced
        using var bodies = staged is null ? null : new ScratchTexts(staged.ScratchPath(".article-bodies"));
        LoadedSite? loaded = ContentLoader.Load(root, config, diagnostics, cache?.Content, options.Threads, bodies is null ? null : bodies.Keep);
        if (loaded is null) return Failed(diagnostics);
        stages.Lap("load");
        LinkedSite? linked = SiteLinker.Link(loaded, diagnostics, cache?.Linked, cache?.Content.LastBodyOnlyChanges);
        stages.Lap("link");

        var inputs = cache?.Templates ?? TemplateInputs.Load(root, config);
        if (cache is not null) cache.Templates = inputs;
        diagnostics.AddRange(inputs.Diagnostics);
        var (templates, strings) = (inputs.Templates, inputs.Strings);
        var assetPaths = new Dictionary<string, string>(inputs.AssetPaths, StringComparer.Ordinal);
        var assetOutputs = inputs.AssetOutputs.ToList();
        // The search files are made from the rendered pages, so their fingerprinted names are known only after
        // rendering: pages carry a placeholder that is replaced once the indexes exist. Unfingerprinted, the names
        // are known at once.
        var searchNames = config.Languages.SelectMany(l => new[] { SearchAssetNames.Index(l.Code), SearchAssetNames.Docs(l.Code) }).ToList();
        foreach (var name in searchNames)
            assetPaths[name] = options.FingerprintSearchFiles ? SearchAssetNames.Placeholder(name) : "assets/" + name;
        var manifest = new AssetManifest(assetPaths);
        stages.Lap("templates");
        // Bodies rendered before name and link entities: an entity changed, or a file came or went, and they are stale.
        if (cache is not null && cache.Content.LastChangedBeyondArticles) cache.Render.Clear();
        // Unfingerprinted, a page's bytes are final as rendered (no search file name to put in): they can go out first.
        Action<IReadOnlyList<RenderedPage>>? pagesFirst = options.PagesFirst is { } publish && cache is not null && !options.FingerprintSearchFiles
            && !diagnostics.HasErrors
            ? pages => publish(pages.Select(p => new OutputFile(p.File, cache.PageBytes(p))).ToList())
            : null;
        // With errors already, nothing is streamed: the build renders what it can, to report every error, and stops.
        // Without a cache to keep them for, it lets each page go as soon as it is rendered: held until the end, a
        // 10k site's pages took a build that lacked lunr.js to 3.1 GB and 29 s before it said so (now 0.76 GB, 19 s).
        using var streamed = staged is null || diagnostics.HasErrors ? null : new StreamedPages(staged, options.FingerprintSearchFiles ? searchNames : []);
        SiteRenderer.PageEmitter? emit = streamed is not null ? streamed.Take : cache is null && diagnostics.HasErrors ? static (_, _) => { } : null;
        var rendered = SiteRenderer.Render(linked, templates, strings, manifest, diagnostics, options.Threads, cache?.Render, ChangedBodies(cache),
            pagesFirst, emit);
        stages.Lap("render");
        var translationStatuses = linked.TranslationStatuses;
        if (diagnostics.HasErrors)
            return new BuildResult(diagnostics.Sorted(), null, rendered.Pages.Count, 0, translationStatuses);
        // Feeds list titles, dates and summaries (front matter): when only bodies changed since the last load, they
        // are the feeds made from that load (see BuildCache.LastFeeds).
        var feeds = cache?.Content.LastBodyOnlyChanges is not null && keptFeeds is not null
            ? keptFeeds
            : config.Languages.Select(l => FeedWriter.Write(linked, l)).ToList();
        if (cache is not null) cache.LastFeeds = feeds;
        // Past this point nothing reads the content itself: a one-off build lets it go before the indexes are made,
        // every article's Markdown body among it (statickb serve keeps it in its cache for the next save), and has
        // it collected now. Left to the collector's pace, the oldest generation, where the content lives, was
        // collected only once the indexes had grown on top of it: at 10k pairs peak RSS 1.97 GB with the content
        // let go, 1.69 GB with this collection too, for about a second of it (2.43 GB holding the content).
        if (cache is null)
        {
            (loaded, linked) = (null, null);
            bodies?.Dispose();
            GC.Collect();
        }

        // The search files are made from the rendered pages. statickb serve may show the pages first and swap in
        // the new search files a moment later (DeferSearchIndex), so the editor sees their change at once.
        // A sharded index has no whole document store: data-docs points to the manifest too (search.js reads the
        // parts from it), and the shards and parts (Parts), named for their content already, go next to it.
        // A one-off build reads each searchable page once, for search and for the link check (statickb serve's link
        // check keeps what it read of unchanged pages instead). A page whose links still name a search file by its
        // placeholder is read again from its final bytes.
        var linksRead = cache is null ? new System.Collections.Concurrent.ConcurrentDictionary<string, LinkChecker.PageLinks>(StringComparer.Ordinal) : null;
        SearchDocument? ExtractForBuild(RenderedPage page)
        {
            var (document, links) = SearchDocumentExtractor.Read(page.SitePath, page.Html);
            if (links is not null && !links.Links.Any(SearchAssetNames.MayHoldPlaceholder)) linksRead![page.File] = links;
            return document;
        }

        // Streaming, a sharded index's shards go to the staged site as soon as they are made, each language's in a
        // folder laid out as its named folder will be (SearchShards.ShardPath): the name needs every shard's hash,
        // and one rename of the folder then names them all.
        StoredSearchFile StoreShard(string language, string pathInFolder, ReadOnlySpan<byte> utf8)
        {
            var path = $"assets/{StoredShardsFolder}/{language}/{pathInFolder}";
            staged!.Write(path, utf8);
            return new StoredSearchFile(path, utf8.Length);
        }

        (Dictionary<string, byte[]> ByName, List<OutputFile> Parts, List<(string From, string To, long Length)> Stored, List<(string Language, string Folder)> Sharded, IReadOnlyList<IndexSize> Sizes,
            IReadOnlyList<Diagnostic> Diagnostics) MakeSearchFiles(RenderedSite pages)
        {
            var bag = new DiagnosticBag();
            cache?.SearchDocuments.StartPass();
            var indexes = IndexStage.Run(pages, config, bag, streamed is not null ? streamed.Document : cache is null ? ExtractForBuild : cache.ExtractSearchDocument,
                options.Threads, streamed is null ? null : StoreShard, streamed is null ? null : stored => staged!.Read(stored.Path),
                // As after rendering, and for the same reason: the pages' term counts (some 200 MB for the Vietnamese
                // index at 10,000 pairs) are in the oldest generation by then, and were collected only once the shards
                // had grown on top of them (peak RSS 1.01 -> 0.84 GB). A small index's counts are not worth a pause.
                cache is null ? bytes => { if (bytes >= LargeGarbage) GC.Collect(); } : null);
            cache?.SearchDocuments.EndPass();
            streamed?.ForgetDocuments();
            var byName = indexes.Outputs.SelectMany(o => new[]
            {
                (Name: SearchAssetNames.Index(o.Language), Json: o.IndexJson),
                (Name: SearchAssetNames.Docs(o.Language), Json: o.DocumentsJson ?? (options.FingerprintSearchFiles ? null : o.IndexJson)),
            }).Where(f => f.Json is not null).ToDictionary(f => f.Name, f => Encoding.UTF8.GetBytes(f.Json!));
            var all = indexes.Outputs.SelectMany(o => o.Parts).ToList();
            var parts = all.Where(p => p.Stored is null).Select(p => new OutputFile("assets/" + p.Name, p.Utf8)).ToList();
            var stored = all.Where(p => p.Stored is not null).Select(p => (p.Stored!.Path, "assets/" + p.Name, p.Length)).ToList();
            var sharded = indexes.Outputs.Where(o => o.IsSharded).Select(o => (o.Language, o.ShardsFolder!)).ToList();
            return (byName, parts, stored, sharded, indexes.Sizes, bag.Sorted());
        }

        // Unfingerprinted (serve), the names are known from the start.
        List<OutputFile> Named(Dictionary<string, byte[]> byName, List<OutputFile> parts) =>
            byName.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new OutputFile(assetPaths[f.Key], f.Value)).Concat(parts).ToList();

        IReadOnlyList<IndexSize>? indexSizes = null;
        List<(string From, string To, long Length)> storedParts = [];
        List<(string Language, string Folder)> shardedFolders = [];
        IReadOnlyDictionary<string, string>? fingerprintedSearch = null; // placeholders to replace in every page, page by page
        Func<SearchFilesUpdate>? pendingSearch = null;
        var kept = (From: 0, Count: 0, Bytes: 0L); // the last search files among assetOutputs, already measured
        if (!options.FingerprintSearchFiles && options.DeferSearchIndex && cache?.LastSearchFiles is { } previous)
        {
            // The last good search files stay published (and linked) until the new ones are ready.
            kept = (assetOutputs.Count, previous.Files.Count, previous.Bytes);
            assetOutputs.AddRange(previous.Files);
            var pages = rendered;
            pendingSearch = () =>
            {
                var (byName, parts, _, _, _, found) = MakeSearchFiles(pages);
                var made = Named(byName, parts);
                if (found.All(d => !d.IsError)) cache.LastSearchFiles = new KeptSearchFiles(made);
                return new SearchFilesUpdate(made, found, previous.Files.Select(f => f.Path).ToList());
            };
        }
        else
        {
            (var byName, var parts, storedParts, shardedFolders, var sizes, var found) = MakeSearchFiles(rendered);
            diagnostics.AddRange(found);
            indexSizes = sizes;
            if (options.FingerprintSearchFiles)
            {
                var searchPaths = byName.ToDictionary(f => f.Key, f => SearchAssetNames.Fingerprinted(f.Key, f.Value), StringComparer.Ordinal);
                assetOutputs.AddRange(byName.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new OutputFile(searchPaths[f.Key], f.Value)));
                assetOutputs.AddRange(parts);
                foreach (var (lang, _) in shardedFolders) searchPaths[SearchAssetNames.Docs(lang)] = searchPaths[SearchAssetNames.Index(lang)];
                fingerprintedSearch = searchPaths;
            }
            else
            {
                var made = Named(byName, parts);
                assetOutputs.AddRange(made);
                if (cache is not null && found.All(d => !d.IsError)) cache.LastSearchFiles = new KeptSearchFiles(made);
            }
        }
        stages.Lap("index");

        var pageCount = rendered.Pages.Count;
        var sitemap = cache?.Sitemap(rendered, config) ?? SitemapWriter.Write(rendered, config).ToList();
        // statickb serve encodes only the pages that are not the same objects as last time (BuildCache.PageFiles).
        var (pageFiles, pageBytes) = streamed is not null ? ([], 0)
            : cache is not null && fingerprintedSearch is null ? cache.PageFiles(rendered, options.Threads)
            : EncodePages(ref rendered, keep: cache is not null, fingerprintedSearch, options.Threads);
        var others = assetOutputs.Concat(feeds).Concat(sitemap).Append(new OutputFile(".nojekyll", [])).ToList();
        var files = new List<OutputFile>(pageFiles.Length + others.Count);
        files.AddRange(pageFiles);
        files.AddRange(others);
        if (streamed is not null)
        {
            // The named folders first: the files written next include each one's prefixes. Streaming, every shard of
            // a sharded index was stored, in its language's folder (StoreShard).
            foreach (var (lang, folder) in shardedFolders) staged!.MoveFolder($"assets/{StoredShardsFolder}/{lang}", "assets/" + folder);
            staged!.DeleteFolder("assets/" + StoredShardsFolder); // empty now
            staged.Write(files);
            if (fingerprintedSearch is not null) streamed.ResolvePlaceholders(fingerprintedSearch);
        }
        stages.Lap("files");
        var othersBytes = kept.Bytes;
        for (var i = 0; i < others.Count; i++)
        {
            if (i == kept.From) i += kept.Count; // measured when they were made (KeptSearchFiles)
            if (i < others.Count) othersBytes += others[i].Content.Length;
        }
        var totalBytes = pageBytes + othersBytes + (streamed?.Bytes ?? 0) + storedParts.Sum(p => p.Length);
        if (totalBytes > config.SiteBudgetMb * 1024 * 1024)
            diagnostics.Error(new SourceLocation(SiteConfigReader.FileName, 1, 1),
                $"the site is {totalBytes / (1024 * 1024)} MB, over its budget of {config.SiteBudgetMb} MB (GitHub Pages allows 1 GB)",
                "raise site_budget_mb in site.yml, or remove large files");
        void CheckLinks(DiagnosticBag into)
        {
            Func<OutputFile, LinkChecker.PageLinks>? scan = linksRead is null ? null : f => linksRead.TryGetValue(f.Path, out var read) ? read : LinkChecker.Scan(f);
            var found = streamed is null
                ? LinkChecker.Check(files, config.BaseUrl.Path, scan, options.Threads, cache?.LinkCheck)
                : LinkChecker.Check(rendered.Pages.Select(p => p.File).Concat(files.Select(f => f.Path)).Concat(storedParts.Select(p => p.To)).ToHashSet(StringComparer.Ordinal),
                    streamed.Links(rendered, fingerprintedSearch)
                        .Concat(files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Path, LinkChecker.Scan(f))))
                        .ToList(),
                    config.BaseUrl.Path);
            foreach (var broken in found)
            {
                var at = new SourceLocation(options.OutputDir is null ? config.OutputDir + "/" + broken.Page : broken.Page, 1, 1);
                var message = $"broken link '{broken.Link}' on {broken.Page}: {broken.Reason}";
                if (options.Strict) into.Error(at, message, "fix the link in the content or template that produces it");
                else into.Warning(at, message);
            }
        }
        Func<IReadOnlyList<Diagnostic>>? pendingLinkCheck = null;
        if (options.DeferLinkCheck && !options.Strict && !options.WriteOutput && !diagnostics.HasErrors)
            pendingLinkCheck = () =>
            {
                var found = new DiagnosticBag();
                CheckLinks(found);
                return found.Sorted();
            };
        else
        {
            CheckLinks(diagnostics);
            stages.Lap("link check");
        }
        if (diagnostics.HasErrors || !options.WriteOutput)
            return new BuildResult(diagnostics.Sorted(), null, pageCount, totalBytes, translationStatuses, indexSizes,
                diagnostics.HasErrors ? null : files)
            {
                StageTimes = stages.Laps,
                PendingSearchFiles = diagnostics.HasErrors ? null : pendingSearch,
                PendingLinkCheck = diagnostics.HasErrors ? null : pendingLinkCheck,
            };

        if (staged is not null) staged.Commit();
        else
        {
            var output = new AtomicOutput(outputDir);
            if (!output.Prepare(config.OutputDir, diagnostics)) return Failed(diagnostics);
            output.Write(files);
        }
        stages.Lap("write");
        return new BuildResult(diagnostics.Sorted(), outputDir, pageCount, totalBytes, translationStatuses, indexSizes)
        {
            StageTimes = stages.Laps,
        };
    }

    /// <summary>
    /// The pages as UTF-8 files, made on every core, and their total size. Unless <paramref name="keep"/> (a one-off
    /// build) each page's HTML string is let go as soon as its bytes exist and <paramref name="rendered"/> is cleared:
    /// holding a large site twice, as UTF-16 text and as bytes, was the build's memory peak.
    /// </summary>
    private static (OutputFile[] Files, long Bytes) EncodePages(ref RenderedSite rendered, bool keep, IReadOnlyDictionary<string, string>? searchNames, int? threads)
    {
        var pages = rendered.Pages.ToArray();
        if (!keep) rendered = new RenderedSite([]);
        var files = new OutputFile[pages.Length];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i =>
        {
            var page = pages[i];
            files[i] = new OutputFile(page.File, Encoding.UTF8.GetBytes(searchNames is not null ? SearchAssetNames.Resolve(page.Html, searchNames) : page.Html));
            if (!keep) pages[i] = null!;
        });
        return (files, files.Sum(f => (long)f.Content.Length));
    }

    /// <summary>
    /// Translation keys of the articles whose bodies alone changed since the last build of this cache, when nothing
    /// else did; null (render everything) otherwise, or when the assets' names may have changed with the templates.
    /// </summary>
    private static IReadOnlySet<string>? ChangedBodies(BuildCache? cache)
    {
        if (cache is null || cache.TemplatesReloaded) return null;
        return cache.Content.LastBodyOnlyKeys;
    }

    /// <summary>A new site beside the output folder, or null (and an error) if that folder may not be replaced.</summary>
    private static AtomicOutput.StagedSite? Stage(string outputDir, SiteConfig config, DiagnosticBag diagnostics)
    {
        var output = new AtomicOutput(outputDir);
        return output.Prepare(config.OutputDir, diagnostics) ? output.Begin() : null;
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.Sorted(), null, 0, 0, []);

    private static bool IsInside(string path, string folder)
    {
        var f = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(f, StringComparison.Ordinal);
    }
}
