using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Index;
using StaticKb.Link;
using StaticKb.Load;
using StaticKb.Publish;
using StaticKb.Render;
using StaticKb.Render.Templates;

namespace StaticKb.Build;

/// <summary>
/// Work that one build can hand to the next in a long-running process (<c>statickb serve</c>): parsed content
/// files, the parsed templates, UI strings and fingerprinted assets, and what the Index stage and the link check
/// read out of each page. Inputs on disk are checked at the start of each build (length and modification time),
/// so a stale entry is never used even if nobody called <see cref="Invalidate"/> (which is for changes that a
/// coarse file-system clock would hide); per-page work is reused only for a page whose HTML is exactly the same. A cache belongs to one project and one set of build options; it is not shared between
/// builds running at the same time.
/// </summary>
public sealed class BuildCache
{
    private string? _root;
    private string? _configStamp;
    private string? _templatesStamp;

    internal ContentFileCache Content { get; } = new();

    /// <summary>
    /// Whoever keeps this cache names every content file that changes in <see cref="Invalidate"/> (<c>statickb serve</c>:
    /// its watcher does, and clears the cache when events were lost), so the Load stage reads only the files named
    /// and those that came, instead of asking the file system about each of thousands of files on every save.
    /// False (the default): every file's length and modification time are checked as well.
    /// </summary>
    public bool ChangesReported
    {
        get => Content.ChangesReported;
        init => Content.ChangesReported = value;
    }

    internal TemplateInputs? Templates { get; set; }

    internal RenderMemory Render { get; } = new();

    /// <summary>The search files of the last build that made them without errors (serve keeps them while it makes new ones).</summary>
    internal KeptSearchFiles? LastSearchFiles { get; set; }

    // A page the Render stage kept is the same object as before, so its UTF-8 bytes are too.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<RenderedPage, byte[]> _pageBytes = new();

    internal byte[] PageBytes(RenderedPage page) => _pageBytes.GetValue(page, p => System.Text.Encoding.UTF8.GetBytes(p.Html));

    /// <summary>Pages the last build rendered (the others were kept: no changed article body reaches them).</summary>
    public int PagesRendered => Render.LastRendered;

    /// <summary>Whether the last build listed every page of the site (see <see cref="RenderMemory.LastListedEveryPage"/>).</summary>
    public bool PagesListed => Render.LastListedEveryPage;

    internal StageTimes Stages { get; } = new();

    internal PageMemo<string, SearchDocument?> SearchDocuments { get; } = new(string.Equals);

    internal SearchDocument? ExtractSearchDocument(RenderedPage page) =>
        SearchDocuments.Get(page.File, page.Html, html => SearchDocumentExtractor.FromHtml(page.SitePath, html));

    internal LinkCheckMemory LinkCheck { get; } = new();

    internal LinkMemory Linked { get; } = new();

    /// <summary>The feeds made from the last load, if its build got that far (they change with front matter only).</summary>
    internal IReadOnlyList<OutputFile>? LastFeeds { get; set; }

    private (List<(string? Language, string SitePath, string File)> Pages, List<OutputFile> Files, object? PageList)? _sitemap;

    /// <summary>The sitemap and robots.txt, made again only when the set of pages changed (site.yml's changes clear the cache).</summary>
    internal List<OutputFile> Sitemap(RenderedSite site, SiteConfig config)
    {
        // The same list of pages as last time (statickb serve after a body-only save): nothing to compare.
        if (_sitemap is { } same && site.PageList is not null && ReferenceEquals(same.PageList, site.PageList)) return same.Files;
        var pages = site.Pages.Select(p => (p.Language, p.SitePath, p.File)).ToList();
        if (_sitemap is { } kept && kept.Pages.SequenceEqual(pages))
        {
            _sitemap = kept with { PageList = site.PageList };
            return kept.Files;
        }
        var files = SitemapWriter.Write(site, config).ToList();
        _sitemap = (pages, files, site.PageList);
        return files;
    }

    // The last build's pages as files, with the list they were made from and their total size: a build listing the
    // same pages encodes only those that are not the same objects as then.
    private (RenderedPage[] Pages, OutputFile[] Files, object PageList, long Bytes)? _pageFiles;

    /// <summary>The pages as UTF-8 files, and their total size in bytes.</summary>
    internal (OutputFile[] Files, long Bytes) PageFiles(RenderedSite site, int? threads)
    {
        var pages = site.Pages as RenderedPage[] ?? site.Pages.ToArray();
        var files = new OutputFile[pages.Length];
        long bytes;
        if (_pageFiles is { } last && site.PageList is not null && ReferenceEquals(last.PageList, site.PageList) && last.Pages.Length == pages.Length)
        {
            bytes = last.Bytes;
            for (var i = 0; i < pages.Length; i++)
            {
                if (ReferenceEquals(pages[i], last.Pages[i])) files[i] = last.Files[i];
                else
                {
                    files[i] = new OutputFile(pages[i].File, PageBytes(pages[i]));
                    bytes += files[i].Content.Length - last.Files[i].Content.Length;
                }
            }
        }
        else
        {
            Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i => files[i] = new OutputFile(pages[i].File, PageBytes(pages[i])));
            bytes = files.Sum(f => (long)f.Content.Length);
        }
        _pageFiles = site.PageList is null ? null : (pages, files, site.PageList, bytes);
        return (files, bytes);
    }

    /// <summary>Pages whose search document and links the last build read afresh (the others were unchanged).</summary>
    public int PagesScanned => Math.Max(SearchDocuments.LastComputed, LinkCheck.LastScanned);

    /// <summary>Milliseconds per stage of the last build that got that far (load, link, templates, render, index, files, link check).</summary>
    public IReadOnlyList<(string Stage, double Ms)> LastStageTimes => Stages.Laps;

    /// <summary>Content files the last build read and parsed; the rest came from the cache.</summary>
    public int ContentFilesRead => Content.LastReadCount;

    /// <summary>Whether the last build parsed templates/ (true) or reused them (false).</summary>
    public bool TemplatesReloaded { get; private set; }

    /// <summary>Forgets what depends on these project-relative paths (forward slashes), e.g. the ones a watcher reported.</summary>
    public void Invalidate(IEnumerable<string> changedPaths)
    {
        foreach (var path in changedPaths)
        {
            if (path == SiteConfigReader.FileName) Clear();
            else if (path == TemplateSet.Folder || path.StartsWith(TemplateSet.Folder + "/", StringComparison.Ordinal))
            {
                Templates = null;
                Render.Clear();
            }
            else if (path == "content" || path.StartsWith("content/", StringComparison.Ordinal)) Content.Evict(path);
        }
    }

    /// <summary>
    /// statickb serve, while it waits for a change: works out now what the first save after a full build would
    /// otherwise work out then (where each content file and article sits in the lists kept), so that save is as quick
    /// as the next. Nothing here changes what a build makes.
    /// </summary>
    public void Prepare()
    {
        Content.Prepare();
        Linked.Prepare();
    }

    public void Clear()
    {
        Content.Clear();
        Render.Clear();
        LastSearchFiles = null;
        SearchDocuments.Clear();
        LinkCheck.Clear();
        Linked.Clear();
        LastFeeds = null;
        _sitemap = null;
        _pageFiles = null;
        Templates = null;
        _configStamp = null;
        _templatesStamp = null;
    }

    /// <summary>Drops what site.yml or templates/ changes made stale since the last build.</summary>
    internal void Validate(string root)
    {
        if (_root != root) Clear();
        _root = root;
        var config = Stamp(Path.Combine(root, SiteConfigReader.FileName));
        if (config != _configStamp) Clear();
        _configStamp = config;
        var templates = TreeStamp(Path.Combine(root, TemplateSet.Folder));
        if (templates != _templatesStamp)
        {
            Templates = null;
            Render.Clear();
        }
        _templatesStamp = templates;
        TemplatesReloaded = Templates is null;
    }

    private static string Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "-";
    }

    private static string TreeStamp(string folder)
    {
        if (!Directory.Exists(folder)) return "-";
        return string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + "=" + Stamp(f)));
    }
}

/// <summary>
/// Search files kept from one build to the next, with their size in bytes, which every save's budget check needs: at
/// 10,000 article pairs they are some 300,000 files, and adding up their lengths on every save took 30 ms (a cache miss
/// or two per file), half of what the rest of the rebuild took.
/// </summary>
internal sealed record KeptSearchFiles(IReadOnlyList<OutputFile> Files)
{
    public long Bytes { get; } = Files.Sum(f => (long)f.Content.Length);
}

/// <summary>Wall-clock time per stage of one build, for <c>statickb bench serve</c> and the serve log.</summary>
internal sealed class StageTimes
{
    private readonly System.Diagnostics.Stopwatch _clock = new();
    private List<(string, double)> _laps = new();

    public IReadOnlyList<(string Stage, double Ms)> Laps => _laps;

    public StageTimes Restart()
    {
        _laps = new();
        _clock.Restart();
        return this;
    }

    public void Lap(string stage)
    {
        _laps.Add((stage, _clock.Elapsed.TotalMilliseconds));
        _clock.Restart();
    }
}

/// <summary>What a build makes of templates/ (and node_modules' lunr.js), which only a change there can change.</summary>
internal sealed record TemplateInputs(
    TemplateSet Templates,
    I18nStrings Strings,
    IReadOnlyDictionary<string, string> AssetPaths,
    IReadOnlyList<OutputFile> AssetOutputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static TemplateInputs Load(string root, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(root, diagnostics);
        var strings = I18nStrings.Load(root, config.Languages.Select(l => l.Code).ToList(), diagnostics);
        var (assetPaths, assetOutputs) = AssetFingerprinter.Fingerprint(StaticAssets.Collect(root, diagnostics));
        return new TemplateInputs(templates, strings, assetPaths, assetOutputs, diagnostics.Sorted());
    }
}

/// <summary>
/// Remembers a value computed from one page's content (its search document, its links) and gives it back while the
/// page's content is the same, compared in full (no hash that could collide). Pages a build no longer has are
/// forgotten at <see cref="EndPass"/>. Asked for every page of a site from several threads at once, so it takes no lock.
/// </summary>
internal sealed class PageMemo<TContent, TValue>(Func<TContent, TContent, bool> same) where TContent : class
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (TContent Content, TValue Value)> _entries = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private int _computed;

    /// <summary>Pages computed afresh in the last pass (not taken from memory).</summary>
    public int LastComputed => Volatile.Read(ref _computed);

    public TValue Get(string page, TContent content, Func<TContent, TValue> compute)
    {
        _seen[page] = true;
        if (_entries.TryGetValue(page, out var entry) && same(entry.Content, content)) return entry.Value;
        var value = compute(content);
        _entries[page] = (content, value);
        Interlocked.Increment(ref _computed);
        return value;
    }

    public void EndPass()
    {
        foreach (var page in _entries.Keys.Where(p => !_seen.ContainsKey(p))) _entries.TryRemove(page, out _);
        _seen.Clear();
    }

    public void StartPass()
    {
        _seen.Clear();
        Volatile.Write(ref _computed, 0);
    }

    public void Clear()
    {
        _entries.Clear();
        _seen.Clear();
    }
}
