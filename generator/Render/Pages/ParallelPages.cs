using StaticKb.Diagnostics;
using StaticKb.Link;
using StaticKb.Model;
using StaticKb.Render.Markdown;
using StaticKb.Render.Templates;

namespace StaticKb.Render.Pages;

/// <summary>
/// The parallel reading view: a translated article's source and translation block by block, for readers and
/// translators. A translation whose blocks do not line up with its source (a paragraph missing, split or merged,
/// a heading where the source has a paragraph) is reported at the first place it goes wrong.
/// </summary>
public static class ParallelPages
{
    public static IReadOnlyList<ParallelRowView> Rows(TranslationPair<Article> pair, string sourceLang, string translationLang,
        Func<Article, IReadOnlyList<RenderedBlock>> blocksFor, DiagnosticBag diagnostics, bool report)
    {
        var source = pair.In(sourceLang)!;
        var translation = pair.In(translationLang)!;
        var left = blocksFor(source);
        var right = blocksFor(translation);
        var rows = new List<ParallelRowView>();
        var reported = !report;
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var a = i < left.Count ? left[i] : null;
            var b = i < right.Count ? right[i] : null;
            var mismatch = a is null || b is null || a.Kind != b.Kind;
            if (mismatch && !reported)
            {
                reported = true;
                var line = b?.Line ?? translation.Source.BodyLine;
                diagnostics.Warning(new SourceLocation(translation.Source.Path, line, 1),
                    $"the translation does not line up with {source.Source.Path}: block {i + 1} is {(b is null ? "missing" : "a " + b.Kind)} here but {(a is null ? "absent" : "a " + a.Kind)} in the source ({left.Count} blocks there, {right.Count} here)",
                    "translate paragraph for paragraph: one paragraph, heading or caption for each of the source's");
            }
            rows.Add(new ParallelRowView(a is null ? null : new RawHtml(a.Html), b is null ? null : new RawHtml(b.Html), mismatch));
        }
        return rows;
    }
}
