using StaticKb.Diagnostics;
using StaticKb.Load;

namespace StaticKb.Config;

/// <summary>Reads and validates <c>site.yml</c>; unknown or mistyped keys are diagnostics, never ignored.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    public sealed record Overrides(string? BaseUrl = null, string? OutputDir = null);

    public static SiteConfig? Read(string projectRoot, Overrides overrides, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(projectRoot, FileName);
        if (!File.Exists(file))
        {
            diagnostics.Error(SourceLocation.File(FileName), "site.yml is missing", "run statickb from the project folder, or create site.yml (see README.md)");
            return null;
        }
        return Parse(File.ReadAllText(file), overrides, diagnostics);
    }

    public static SiteConfig? Parse(string yaml, Overrides overrides, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Sorted().Count(d => d.IsError);
        var root = YamlMapReader.Parse(FileName, yaml, 1, diagnostics);
        if (root is null) return null;

        // Read every key even when the command line overrides it, so it is neither reported as unknown nor left unchecked.
        var baseUrlText = root.String("base_url", required: overrides.BaseUrl is null);
        var fromCommandLine = overrides.BaseUrl is not null;
        baseUrlText = overrides.BaseUrl ?? baseUrlText;
        BaseUrl? baseUrl = null;
        if (baseUrlText is not null)
        {
            baseUrl = BaseUrl.TryParse(baseUrlText, out var error);
            if (baseUrl is null)
                diagnostics.Error(fromCommandLine ? new SourceLocation("--base-url", 1, 1) : root.LocationOf("base_url") ?? root.Location, "base_url: " + error);
        }
        var output = root.String("output") ?? "_site";
        output = overrides.OutputDir ?? output;
        var perPage = root.Int("articles_per_page") ?? 10;
        var homeCount = root.Int("home_articles") ?? 5;
        var backlinksPerPage = root.Int("backlinks_per_page") ?? SiteConfig.DefaultBacklinksPerPage;
        var allowRawHtml = root.Bool("allow_raw_html");
        var searchBudget = root.Int("search_budget_kb") ?? SiteConfig.DefaultSearchBudgetKb;
        var siteBudget = root.Int("site_budget_mb") ?? (int)SiteConfig.DefaultSiteBudgetMb;
        var shardThreshold = root.Int("search_shard_threshold_kb") ?? Index.SearchSharding.DefaultThresholdKb;
        var headPages = root.Int("search_head_pages") ?? Index.SearchSharding.DefaultHeadPages;

        var languages = new List<LanguageConfig>();
        var langs = root.Map("languages", required: true);
        if (langs is not null)
        {
            foreach (var (code, _, at) in langs.Entries())
            {
                var lang = langs.Map(code);
                if (lang is null) continue;
                var name = lang.String("name", required: true);
                var title = lang.String("title", required: true);
                var description = lang.String("description", required: true);
                lang.ReportUnknownKeys();
                if (code is not ("vi" or "en"))
                    diagnostics.Error(at, $"language '{code}' is not supported", "StaticKb builds a Vietnamese (vi) and English (en) site");
                else if (name is not null && title is not null && description is not null)
                    languages.Add(new LanguageConfig(code, name, title, description));
            }
            if (languages.Count != 2 || languages[0].Code != "vi")
                diagnostics.Error(langs.Location, "languages must list vi (first: it is the source language) and en");
        }

        var menu = root.MapList("menu", item =>
        {
            var label = item.String("label", required: true);
            var path = item.String("path", required: true);
            if (path is not null && (path.StartsWith('/') || path.Contains("..") || path.Contains("://")))
            {
                diagnostics.Error(item.LocationOf("path") ?? item.Location, $"menu path '{path}' must be a path inside the language, such as 'articles/'");
                return null;
            }
            return label is null || path is null ? null : new MenuItem(label, path);
        });
        if (shardThreshold < 1)
            diagnostics.Error(root.LocationOf("search_shard_threshold_kb") ?? root.Location, "search_shard_threshold_kb must be at least 1");
        if (headPages < 2)
            diagnostics.Error(root.LocationOf("search_head_pages") ?? root.Location, "search_head_pages must be at least 2");
        if (perPage < 1) diagnostics.Error(root.LocationOf("articles_per_page") ?? root.Location, "articles_per_page must be at least 1");
        if (backlinksPerPage < 1) diagnostics.Error(root.LocationOf("backlinks_per_page") ?? root.Location, "backlinks_per_page must be at least 1");
        root.ReportUnknownKeys();

        var hasNewErrors = diagnostics.Sorted().Count(d => d.IsError) > errorsBefore;
        return hasNewErrors || baseUrl is null ? null : new SiteConfig(baseUrl, output, languages, menu, perPage, homeCount, allowRawHtml, searchBudget, siteBudget, shardThreshold)
        {
            BacklinksPerPage = backlinksPerPage,
            SearchHeadPages = headPages,
        };
    }
}
