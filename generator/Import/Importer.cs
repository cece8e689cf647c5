using StaticKb.Diagnostics;
using StaticKb.Import.Output;
using StaticKb.Import.Recognition;
using StaticKb.Import.Seeds;

namespace StaticKb.Import;

/// <summary>
/// <c>statickb import</c>: seeds → annotated articles in <c>content/vi/articles/</c> and pages for entities the
/// registry lacks. Never overwrites a file an editor changed, never rewrites a file whose text would not change.
/// </summary>
public static class Importer
{
    public static ImportResult Run(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var registry = new EntityRegistry(options.Registry);
        var reports = new List<ImportedArticleReport>();
        var analysed = new List<AnalysedArticle>();

        foreach (var seedPath in options.SeedPaths.Distinct(StringComparer.Ordinal))
        {
            var seed = Read(options.ProjectRoot, seedPath, diagnostics);
            if (seed is null)
            {
                reports.Add(ImportedArticleReport.Failed(seedPath, "the seed could not be read; see the diagnostics"));
                continue;
            }
            var article = ArticleAnalyser.Analyse(seed, registry);
            foreach (var n in article.Notes.Where(n => n.Topic is EditorNote.Ambiguous or EditorNote.Unresolved))
                diagnostics.Warning(new SourceLocation(seedPath, n.Line ?? 1, n.Column ?? 1), n.Message);
            analysed.Add(article);
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in analysed)
        {
            var slug = ArticleSlug(options.ProjectRoot, article, claimed);
            var relative = $"content/vi/articles/{slug}.md";
            var (action, reason) = GuardedFileWriter.Write(Full(options.ProjectRoot, relative), article.File(slug).Render(), options.DryRun);
            if (action == ImportAction.SkippedEdited)
                diagnostics.Warning(SourceLocation.File(relative), $"not re-imported from {article.Seed.Path}: {reason}",
                    "to take the new import, delete the file (or merge by hand) and run import again");
            reports.Add(Report(article, relative, action, reason));
        }

        var sightings = analysed.SelectMany(a => a.Recognised.Sightings.Select(s => new SeedSighting(a.Seed.Path, s)));
        var pages = EntityPageBuilder.Build(sightings, relative => GuardedFileWriter.ReadIfOurs(Full(options.ProjectRoot, relative)));
        var pageReports = new List<EntityPageReport>();
        foreach (var page in pages)
        {
            var (action, reason) = GuardedFileWriter.Write(Full(options.ProjectRoot, page.RelativePath), page.Render(), options.DryRun);
            if (action == ImportAction.SkippedEdited)
                diagnostics.Warning(SourceLocation.File(page.RelativePath), $"entity page not updated: {reason}");
            pageReports.Add(new EntityPageReport(page.Ref, page.RelativePath, action, reason, page.Seeds));
        }

        return new ImportResult(reports.OrderBy(r => r.Seed, StringComparer.Ordinal).ToList(), diagnostics.Sorted())
        {
            EntityPages = pageReports,
            DryRun = options.DryRun,
        };
    }

    private static SeedText? Read(string root, string seedPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Full(root, seedPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.File(seedPath), $"cannot read the seed: {e.Message}");
            return null;
        }
        return SeedReader.Read(seedPath, bytes, diagnostics);
    }

    /// <summary>
    /// The title's slug, unless another seed of this run or an earlier import already owns that file name;
    /// then the seed's own name is added, so two articles with one title never overwrite each other.
    /// </summary>
    private static string ArticleSlug(string root, AnalysedArticle article, HashSet<string> claimed)
    {
        var slug = Slug.From(article.Title);
        if (slug.Length == 0) slug = Slug.From(Path.GetFileNameWithoutExtension(article.Seed.Path));
        if (claimed.Contains(slug) || OwnedByAnotherSeed(Full(root, $"content/vi/articles/{slug}.md"), article.Seed.Path))
        {
            var suffix = Slug.From(Path.GetFileNameWithoutExtension(article.Seed.Path));
            slug = $"{Slug.From(article.Title, Math.Max(10, Slug.MaxLength - suffix.Length - 1))}-{suffix}";
        }
        claimed.Add(slug);
        return slug;
    }

    private static bool OwnedByAnotherSeed(string path, string seedPath)
    {
        if (!File.Exists(path)) return false;
        var fences = 0;
        foreach (var line in File.ReadLines(path))
        {
            var t = line.Trim();
            if (t == "---" && ++fences == 2) break;
            if (t.StartsWith("seed:", StringComparison.Ordinal)) return t["seed:".Length..].Trim().Trim('"', '\'') != seedPath;
        }
        return true;
    }

    private static ImportedArticleReport Report(AnalysedArticle a, string output, ImportAction action, string? reason)
    {
        var mentions = a.Recognised.Sightings.Select(s => s.Mention).ToList();
        return new ImportedArticleReport(
            a.Seed.Path, output, action, reason, a.Title, a.TitleDerived,
            a.Date.Date?.Iso, a.Date.Date?.Precision.ToString().ToLowerInvariant(), a.Date.Date?.Inferred == true, a.Date.Evidence,
            a.Draft.Source, a.Draft.Url,
            mentions.Where(m => m.Known).Select(m => m.Ref).Distinct().Order(StringComparer.Ordinal).ToList(),
            mentions.Where(m => !m.Known).Select(m => m.Ref).Distinct().Order(StringComparer.Ordinal).ToList(),
            a.Entities(k => k == EntityKinds.Conference),
            a.Figures, a.Notes, a.Draft.Dropped);
    }

    private static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
