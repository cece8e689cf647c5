using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Model;

namespace StaticKb.Load;

/// <summary>
/// The Load stage: reads every <c>content/&lt;lang&gt;/**/*.md</c> into typed articles and entities.
/// Every problem becomes a diagnostic; nothing is thrown for bad content.
/// </summary>
public static class ContentLoader
{
    public const string ArticlesSection = "articles";

    /// <param name="cache">Parsed files kept from an earlier load (<c>statickb serve</c>); unchanged files are not read again.</param>
    /// <param name="threads">Files read at once; null uses every core.</param>
    /// <param name="keepBody">Where articles' bodies are kept: it is given each body once and returns what reads it back
    /// (<see cref="Article.WithBodyElsewhere"/>); null keeps them in the articles.</param>
    public static LoadedSite? Load(string projectRoot, SiteConfig config, DiagnosticBag diagnostics, ContentFileCache? cache = null, int? threads = null,
        Func<string, Func<string>>? keepBody = null)
    {
        var contentRoot = Path.Combine(projectRoot, "content");
        var articles = new List<Article>();
        var entities = new List<Entity>();
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Error(SourceLocation.File("content"), "the content/ folder is missing", "create content/vi/articles/ and add an article");
            return null;
        }
        // statickb serve: while no file came or went, the names are as the last load found them.
        var listing = cache?.KeptListing(projectRoot) ?? List(projectRoot, contentRoot, config);
        cache?.BeginLoad(listing);
        diagnostics.AddRange(listing.Diagnostics);
        var toRead = listing.Files;
        // Reading and parsing files is independent work: done on every core, then taken in file order. Files the
        // cache can vouch for without a look at the disk are taken first, on this thread.
        var results = new ReadResult?[toRead.Count];
        var toOpen = cache?.TakeKept(toRead, results, diagnostics) ?? Enumerable.Range(0, toRead.Count).ToList();
        Parallel.For(0, toOpen.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, j =>
        {
            var i = toOpen[j];
            var (file, at, kind) = toRead[i];
            results[i] = cache is null
                ? ReadFile(file, at, kind, diagnostics)
                : cache.GetOrRead(file, at.Path, diagnostics, bag => ReadFile(file, at, kind, bag));
            if (keepBody is not null && results[i] is { Item: Article article } read)
                results[i] = read with { Item = article.WithBodyElsewhere(keepBody(article.Body)) };
        });
        foreach (var read in results)
        {
            if (read?.Item is Article article) articles.Add(article);
            else if (read?.Item is Entity entity) entities.Add(entity);
        }
        cache?.EndLoad(toRead, results);
        IReadOnlyList<Diagnostic> FindDuplicates()
        {
            var keyLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            for (var i = 0; i < results.Length; i++)
                if (results[i] is { } read) keyLocations[toRead[i].At.Path] = read.KeyLocation;
            var found = new DiagnosticBag();
            ReportDuplicates(articles.Select(a => (a.Language, a.Source.Section, a.TranslationKey, a.Source.Path, a.Source.Slug)), keyLocations, found);
            ReportDuplicates(entities.Select(e => (e.Language, e.Source.Section, e.TranslationKey, e.Source.Path, e.Source.Slug)), keyLocations, found);
            return found.Sorted();
        }
        // Keys live in front matter: when only bodies changed, the last load's findings stand.
        diagnostics.AddRange(cache?.Duplicates(FindDuplicates) ?? FindDuplicates());
        return new LoadedSite(projectRoot, config, articles, entities);
    }

    /// <summary>The content files to read, in path order, and what is wrong with the names of the others.</summary>
    private static ContentListing List(string projectRoot, string contentRoot, SiteConfig config)
    {
        var files = new List<ListedFile>();
        var found = new DiagnosticBag();
        foreach (var file in Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(projectRoot, file).Replace('\\', '/');
            var parts = relative.Split('/');
            if (Path.GetFileName(file).StartsWith('.')) continue;
            if (!file.EndsWith(".md", StringComparison.Ordinal))
            {
                found.Error(SourceLocation.File(relative), "only Markdown (.md) files belong in content/", "move images and data files elsewhere");
                continue;
            }
            // content/<lang>/<section>/<slug>.md
            if (parts.Length != 4 || config.Languages.All(l => l.Code != parts[1]))
            {
                found.Error(SourceLocation.File(relative), "content files live at content/<lang>/<section>/<slug>.md",
                    $"languages: {string.Join(", ", config.Languages.Select(l => l.Code))}; sections: articles, {string.Join(", ", EntityKinds.All.Select(k => k.Folder()))}");
                continue;
            }
            var (lang, section, slug) = (parts[1], parts[2], Path.GetFileNameWithoutExtension(parts[3]));
            var kind = EntityKinds.FromFolder(section);
            if (section != ArticlesSection && kind is null)
            {
                found.Error(SourceLocation.File(relative), $"unknown section '{section}'",
                    $"use articles/ or one of {string.Join(", ", EntityKinds.All.Select(k => k.Folder() + "/"))}");
                continue;
            }
            if (!ContentRules.IsSlug(slug))
            {
                found.Error(SourceLocation.File(relative), $"file name '{slug}' is not a slug: use lower-case ASCII letters and digits joined by '-'");
                continue;
            }
            files.Add(new ListedFile(file, new ContentSource(relative, lang, section, slug, 0), kind));
        }
        return new ContentListing(files, found.Sorted());
    }

    /// <summary>A file the Load stage reads: where it is, what its path says (language, section, slug), and its entity kind (null: an article).</summary>
    internal readonly record struct ListedFile(string File, ContentSource At, EntityKind? Kind);

    /// <summary>The files below content/ to read, and the diagnostics about the names of those that cannot be.</summary>
    internal sealed record ContentListing(IReadOnlyList<ListedFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>What one file holds: an <see cref="Article"/> or <see cref="Entity"/> (null when its front matter is wrong) and where its key is.</summary>
    /// <param name="FrontMatter">The front matter's text: a change that leaves it as it was changed the body only.</param>
    internal sealed record ReadResult(object? Item, SourceLocation KeyLocation, string FrontMatter = "");

    /// <summary>One file's text, front matter and body, or null when it cannot be read or split (with diagnostics).</summary>
    private static ReadResult? ReadFile(string file, ContentSource at, EntityKind? kind, DiagnosticBag diagnostics)
    {
        var text = ContentFileReader.Read(file, at.Path, diagnostics);
        if (text is null) return null;
        var split = FrontMatterSplitter.Split(at.Path, text, diagnostics);
        if (split is null) return null;
        var fm = YamlMapReader.Parse(at.Path, split.FrontMatter, split.FrontMatterLine, diagnostics);
        if (fm is null) return null;
        var source = at with { BodyLine = split.BodyLine };
        var keyLocation = fm.LocationOf("translation_key") ?? SourceLocation.File(at.Path);
        return new ReadResult(kind is null
            ? ArticleReader.Read(source, fm, split.Body, diagnostics)
            : EntityReader.Read(source, kind.Value, fm, split.Body, diagnostics), keyLocation, split.FrontMatter);
    }

    // Two files claiming one translation key would make pairing and URLs ambiguous.
    // The file named after the key keeps it; the others (usually a copied file) are reported at their key.
    private static void ReportDuplicates(IEnumerable<(string Lang, string Section, string Key, string Path, string Slug)> items,
        IReadOnlyDictionary<string, SourceLocation> keyLocations, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => (i.Lang, i.Section, i.Key)).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(i => i.Slug == i.Key ? 0 : 1).ThenBy(i => i.Path, StringComparer.Ordinal).ToList();
            var first = ordered[0].Path;
            foreach (var dup in ordered.Skip(1))
                diagnostics.Error(keyLocations.GetValueOrDefault(dup.Path, SourceLocation.File(dup.Path)), $"translation_key '{group.Key.Key}' is already used by {first}",
                    "each article or entity needs its own translation_key within a language");
        }
    }
}
