namespace StaticKb.Config;

/// <summary>Everything <c>site.yml</c> says, after validation and command-line overrides.</summary>
public sealed record SiteConfig(
    BaseUrl BaseUrl,
    string OutputDir,
    IReadOnlyList<LanguageConfig> Languages,
    IReadOnlyList<MenuItem> Menu,
    int ArticlesPerPage,
    int HomeArticleCount,
    bool AllowRawHtml,
    int SearchBudgetKb = SiteConfig.DefaultSearchBudgetKb,
    long SiteBudgetMb = SiteConfig.DefaultSiteBudgetMb,
    int SearchShardThresholdKb = Index.SearchSharding.DefaultThresholdKb)
{
    public const int DefaultSearchBudgetKb = 1024;

    /// <summary>
    /// Articles listed on each page of an entity's mentions (site.yml <c>backlinks_per_page</c>): an entity quoted by
    /// thousands of articles gets a first page and numbered pages after it, not one page of megabytes.
    /// </summary>
    public int BacklinksPerPage { get; init; } = DefaultBacklinksPerPage;

    public const int DefaultBacklinksPerPage = 20;

    /// <summary>GitHub Pages publishes sites up to 1 GB.</summary>
    public const long DefaultSiteBudgetMb = 1024;

    public LanguageConfig DefaultLanguage => Languages[0];

    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    public LanguageConfig Other(string code) => Languages.First(l => l.Code != code);
}
