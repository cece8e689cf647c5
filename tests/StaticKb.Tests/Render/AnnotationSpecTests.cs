using StaticKb.Diagnostics;
using StaticKb.Link;
using StaticKb.Model;
using StaticKb.Render.Markdown;
using StaticKb.Render.Pages;
using StaticKb.Render.Templates;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>The bilingual fixture, loaded and linked once for every example of the spec.</summary>
public sealed class BilingualSite : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Copy("bilingual");

    public BilingualSite()
    {
        var (linked, diagnostics) = _site.Link();
        Assert.Empty(diagnostics);
        Linked = linked!;
        Strings = I18nStrings.Load(_site.Root, ["vi", "en"], new DiagnosticBag());
    }

    public LinkedSite Linked { get; }

    public I18nStrings Strings { get; }

    /// <summary>Markdown rendered as an article body in <paramref name="lang"/>, with the build's own annotation resolver.</summary>
    public (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string lang, string markdown)
    {
        var bag = new DiagnosticBag();
        var views = new ViewBuilder(Linked, lang, Strings, bag);
        var renderer = new MarkdownRenderer(Linked.Loaded.Config.AllowRawHtml, views.ResolveAnnotation);
        var html = renderer.Render(new ContentSource($"content/{lang}/articles/spec.md", lang, "articles", "spec", 1), markdown, bag).Html;
        return (html, bag.Sorted());
    }

    public void Dispose() => _site.Dispose();
}

/// <summary>Runs the examples of <c>Render/Specs/annotations.md</c>.</summary>
public class AnnotationSpecTests(BilingualSite site) : IClassFixture<BilingualSite>
{
    private const string Fence = "````````````````````````````````";

    public sealed record Example(int Number, int Line, string Language, string Markdown, string Html)
    {
        public override string ToString() => $"example {Number} (annotations.md line {Line})";
    }

    public static IReadOnlyList<Example> Examples { get; } = ReadSpec();

    public static TheoryData<int> Numbers() => new(Examples.Select(e => e.Number));

    [Fact]
    public void The_spec_has_examples()
    {
        Assert.True(Examples.Count >= 10, $"only {Examples.Count} examples read from the spec");
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Example_renders_as_the_spec_says(int number)
    {
        var example = Examples[number - 1];

        var (html, _) = site.Render(example.Language, example.Markdown);

        Assert.True(example.Html == html.TrimEnd('\n'),
            $"{example}\n--- markdown ---\n{example.Markdown}--- expected ---\n{example.Html}\n--- actual ---\n{html}");
    }

    private static List<Example> ReadSpec()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.TestProject, "Render", "Specs", "annotations.md"));
        var examples = new List<Example>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence + " example ", StringComparison.Ordinal)) continue;
            var start = i + 1;
            var language = lines[i][(Fence.Length + " example ".Length)..].Trim();
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, dot);
            if (dot < 0 || end < 0) throw new FormatException($"annotations.md:{start}: example without '.' or closing fence");
            var markdown = string.Concat(lines[start..dot].Select(l => l + "\n"));
            var html = string.Join("\n", lines[(dot + 1)..end]);
            examples.Add(new Example(examples.Count + 1, start, language, markdown, html));
            i = end;
        }
        return examples;
    }
}
