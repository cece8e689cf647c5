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

    /// <summary>
    /// How many pages a common word's head holds in a sharded search index (site.yml <c>search_head_pages</c>):
    /// <see cref="Index.SearchSharding.WithHeadPages"/>.
    /// </summary>
    public int SearchHeadPages { get; init; } = Index.SearchSharding.DefaultHeadPages;

    /// <summary>GitHub Pages publishes sites up to 1 GB.</summary>
    public const long DefaultSiteBudgetMb = 1024;

    public LanguageConfig DefaultLanguage => Languages[0];

    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    public LanguageConfig Other(string code) => Languages.First(l => l.Code != code);
}
