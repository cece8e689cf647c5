using StaticKb.Diagnostics;
using StaticKb.Render.Templates;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>UI strings per language (templates/i18n/&lt;lang&gt;.yml): both bundles must have the same keys.</summary>
public class I18nTests
{
    private static (I18nStrings Strings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string vi, string en)
    {
        var bag = new DiagnosticBag();
        var strings = I18nStrings.Parse(new Dictionary<string, string> { ["vi"] = vi, ["en"] = en }, bag);
        return (strings, bag.Sorted());
    }

    [Fact]
    public void The_projects_own_bundles_have_the_same_keys()
    {
        var bag = new DiagnosticBag();

        I18nStrings.Load(RepoPaths.Root, ["vi", "en"], bag);

        Assert.Empty(bag.Sorted().Lines());
    }

    [Fact]
    public void A_key_missing_in_english_is_reported_at_the_vietnamese_key_naming_the_english_file()
    {
        var (_, diagnostics) = Parse("# UI\nread_more: Đọc thêm\ngo_home: Về trang chủ\n", "read_more: Read more\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("templates/i18n/vi.yml:3:1: error: UI string 'go_home' exists in vi but is missing in en", diagnostic.ToString());
        Assert.Equal("add 'go_home: …' to templates/i18n/en.yml", diagnostic.Hint);
    }

    [Fact]
    public void Keys_missing_on_either_side_are_all_reported()
    {
        var (_, diagnostics) = Parse("a: 1\nb: 2\n", "b: 2\nc: 3\nd: 4\n");

        Assert.Equal(
        [
            "templates/i18n/en.yml:2:1: error: UI string 'c' exists in en but is missing in vi",
            "templates/i18n/en.yml:3:1: error: UI string 'd' exists in en but is missing in vi",
            "templates/i18n/vi.yml:1:1: error: UI string 'a' exists in vi but is missing in en",
        ], diagnostics.Lines());
    }

    [Fact]
    public void A_string_must_be_text()
    {
        var (_, diagnostics) = Parse("menu:\n  - a\n", "menu: Menu\n");

        Assert.Contains("templates/i18n/vi.yml:1:1: error: UI string 'menu' must be text", diagnostics.Lines());
    }

    [Fact]
    public void Strings_are_looked_up_per_language_and_an_unknown_key_shows_itself()
    {
        var (strings, _) = Parse("go_home: Về trang chủ\n", "go_home: Go home\n");

        Assert.Equal("Về trang chủ", strings.Get("vi", "go_home"));
        Assert.Equal("Go home", strings.Get("en", "go_home"));
        Assert.Equal("no_such_key", strings.Get("en", "no_such_key"));
    }

    [Fact]
    public void A_key_missing_from_en_yml_fails_the_build()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("templates/i18n/en.yml", site.ReadText("templates/i18n/en.yml").Replace("go_home: Go to the home page\n", ""));
        var line = Array.IndexOf(site.ReadText("templates/i18n/vi.yml").Split('\n'), "go_home: Về trang chủ") + 1;

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal([$"templates/i18n/vi.yml:{line}:1: error: UI string 'go_home' exists in vi but is missing in en"], result.Diagnostics.Lines());
    }

    [Fact]
    public void A_missing_bundle_fails_the_build()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Delete("templates/i18n/en.yml");

        var result = site.Build();

        Assert.Contains("templates/i18n/en.yml:1:1: error: the UI strings for 'en' are missing", result.Diagnostics.Lines());
    }
}
