using StaticKb.Diagnostics;
using StaticKb.Render.Templates;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>Scriban templates: values escaped by default, and every template mistake a diagnostic at the template's line.</summary>
public class TemplateTests
{
    private static (string? Html, IReadOnlyList<string> Diagnostics) RenderInline(string template, Dictionary<string, object?> model, Dictionary<string, string>? partials = null)
    {
        var bag = new DiagnosticBag();
        var texts = new Dictionary<string, string> { ["pages/test.html"] = template };
        foreach (var (name, text) in partials ?? []) texts["partials/" + name] = text;
        var set = TemplateSet.FromTexts(texts, bag);
        var html = set.Render("pages/test.html", model, "vi/test/", bag);
        return (html, bag.Sorted().Lines());
    }

    [Fact]
    public void Printed_values_are_escaped_and_the_template_text_is_not()
    {
        var (html, diagnostics) = RenderInline("<p title=\"{{ v }}\">{{ v }}</p>", new() { ["v"] = "<b>\"Bộ\" & 'Ngành'</b>" });

        Assert.Empty(diagnostics);
        Assert.Equal("<p title=\"&lt;b&gt;&quot;Bộ&quot; &amp; &#39;Ngành&#39;&lt;/b&gt;\">&lt;b&gt;&quot;Bộ&quot; &amp; &#39;Ngành&#39;&lt;/b&gt;</p>", html);
    }

    [Fact]
    public void Html_the_generator_made_itself_is_printed_as_is()
    {
        var (html, _) = RenderInline("<div>{{ body }}</div>", new() { ["body"] = new RawHtml("<p>Đoạn</p>") });

        Assert.Equal("<div><p>Đoạn</p></div>", html);
    }

    [Fact]
    public void A_partial_escapes_its_own_values_and_is_not_escaped_twice()
    {
        var (html, diagnostics) = RenderInline("<ul>{{ include 'item.html' }}</ul>", new() { ["v"] = "a & b" },
            new() { ["item.html"] = "<li>{{ v }}</li>" });

        Assert.Empty(diagnostics);
        Assert.Equal("<ul><li>a &amp; b</li></ul>", html);
    }

    [Fact]
    public void Numbers_and_booleans_print_plainly()
    {
        var (html, _) = RenderInline("{{ n }} {{ b }}", new() { ["n"] = 42, ["b"] = true });

        Assert.Equal("42 true", html);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_templates_line_and_column()
    {
        using var site = FixtureSite.Copy("minimal");
        var home = "templates/pages/home.html";
        site.Write(home, "<h1>{{ site.title }}</h1>\n<p>\n  {{ if }}\n</p>\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = result.Diagnostics.Single($"{home}:3:9: error: template error: ");
        Assert.Contains("if", diagnostic.Message);
    }

    [Fact]
    public void The_strings_are_shared_by_every_page_so_a_template_may_not_change_them()
    {
        using var site = FixtureSite.Copy("minimal");
        var home = "templates/pages/home.html";
        site.Write(home, "<h1>{{ site.title }}</h1>\n{{ t.search_title = 'changed' }}\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Lines().Where(l => l.Contains("error:")).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.StartsWith($"{home}:2:", e));
        Assert.All(errors, e => Assert.Contains("template error while rendering", e));
    }

    [Fact]
    public void An_include_of_a_missing_partial_is_reported_where_it_is_included()
    {
        using var site = FixtureSite.Copy("minimal");
        var home = "templates/pages/home.html";
        site.Write(home, "<h1>{{ site.title }}</h1>\n  {{ include 'khong-co.html' }}\n");

        var result = site.Build();

        Assert.Equal(
        [
            $"{home}:2:6: error: template error while rendering en/: partial 'partials/khong-co.html' does not exist in templates/",
            $"{home}:2:6: error: template error while rendering vi/: partial 'partials/khong-co.html' does not exist in templates/",
        ], result.Diagnostics.Lines());
    }

    [Fact]
    public void An_include_may_not_leave_the_partials_folder()
    {
        var (html, diagnostics) = RenderInline("{{ include '../layouts/base.html' }}", new());

        Assert.Null(html);
        Assert.Equal(["templates/pages/test.html:1:4: error: template error while rendering vi/test/: include '../layouts/base.html' points outside templates/partials/"], diagnostics);
    }

    [Fact]
    public async Task A_partial_that_includes_itself_ends_in_a_diagnostic_not_a_hang()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("templates/partials/vong-lap.html", "<div>\n  {{ include 'vong-lap.html' }}\n</div>\n");
        site.Write("templates/pages/search.html", "<h1>{{ t.search_title }}</h1>\n{{ include 'vong-lap.html' }}\n");

        var build = Task.Run(() => site.Build());

        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))));
        var result = await build;
        Assert.False(result.Succeeded);
        var messages = result.Diagnostics.Select(d => d.Message).ToList();
        Assert.Equal(2, messages.Count); // once per language
        Assert.All(messages, m => Assert.Contains("Exceeding number of recursive depth limit", m));
        Assert.Contains(messages, m => m.StartsWith("template error while rendering vi/search/: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_with_a_diagnostic()
    {
        var (html, diagnostics) = RenderInline("{{ while true }}x{{ end }}", new());

        Assert.Null(html);
        Assert.StartsWith("templates/pages/test.html:1:", Assert.Single(diagnostics));
    }

    [Fact]
    public void An_unknown_variable_is_an_error_not_an_empty_string()
    {
        var (html, diagnostics) = RenderInline("<p>\n{{ titel }}</p>", new() { ["title"] = "T" });

        Assert.Null(html);
        Assert.StartsWith("templates/pages/test.html:2:", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_missing_page_template_is_reported_for_the_page_that_needs_it()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Delete("templates/pages/search.html");

        var result = site.Build();

        Assert.Equal(
        [
            "templates/pages/search.html:1:1: error: template pages/search.html is missing (needed for en/search/)",
            "templates/pages/search.html:1:1: error: template pages/search.html is missing (needed for vi/search/)",
        ], result.Diagnostics.Lines());
    }

    [Fact]
    public void Pages_rendered_one_after_another_share_nothing_they_set()
    {
        // One thread renders page after page with one Scriban context (TemplateSet keeps it from page to page): what a
        // page assigns, and a page that failed half-way through an include, must not reach the next page.
        var bag = new DiagnosticBag();
        var set = TemplateSet.FromTexts(new Dictionary<string, string>
        {
            ["pages/sets.html"] = "{{ kept = 'leaked' }}<p>{{ v }}</p>",
            ["pages/reads.html"] = "<p>{{ kept }}</p>",
            ["pages/fails.html"] = "<ul>{{ include 'item.html' }}</ul>",
            ["pages/plain.html"] = "<p>{{ v }}</p>",
            ["partials/item.html"] = "<li>{{ v }}</li>{{ missing_value }}",
        }, bag);

        var first = set.Render("pages/sets.html", new Dictionary<string, object?> { ["v"] = "một" }, "vi/1/", bag);
        var second = set.Render("pages/reads.html", new Dictionary<string, object?>(), "vi/2/", bag);
        var third = set.Render("pages/fails.html", new Dictionary<string, object?> { ["v"] = "ba" }, "vi/3/", bag);
        var fourth = set.Render("pages/plain.html", new Dictionary<string, object?> { ["v"] = "bốn" }, "vi/4/", bag);

        Assert.Equal("<p>một</p>", first);
        Assert.Null(second);
        Assert.Null(third);
        Assert.Equal("<p>bốn</p>", fourth);
        Assert.Collection(bag.Sorted().Lines(),
            line => Assert.StartsWith("templates/pages/reads.html:1:", line),
            line => Assert.StartsWith("templates/partials/item.html:1:", line));
    }

    [Fact]
    public void A_page_of_several_million_characters_is_written_whole()
    {
        // Scriban's default cuts a render at 1,048,576 characters and appends "...".
        var (html, diagnostics) = RenderInline("<table>{{ for i in 1..60000 }}<tr><td>{{ i }}</td><td>Số liệu</td></tr>{{ end }}</table>", new());

        Assert.Empty(diagnostics);
        Assert.True(html!.Length > 2_000_000, $"{html.Length} characters");
        Assert.EndsWith("<tr><td>60000</td><td>Số liệu</td></tr></table>", html);
    }
}
