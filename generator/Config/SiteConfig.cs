namespace StaticKb.Config;

/// <summary>Everything <c>site.yml</c> says, after validation and command-line overrides.</summary>
public sealed record SiteConfig(
    BaseUrl BaseUrl,
    string OutputDir,
    IReadOnlyList<LanguageConfig> Languages,
    IReadOnlyList<MenuItem> Menu,
    int ArticlesPerPage,
    int HomeArticleCount,
    bool AllowRawHtml)
{
    public LanguageConfig DefaultLanguage => Languages[0];

    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    public LanguageConfig Other(string code) => Languages.First(l => l.Code != code);
}
