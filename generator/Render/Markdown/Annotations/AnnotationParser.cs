using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticKb.Render.Markdown.Annotations;

/// <summary>
/// Parses <c>[[kind/key]]</c> and <c>[[kind/key|text]]</c>. Runs before the link parser, which would otherwise
/// read the outer brackets as a link label.
/// </summary>
public sealed class AnnotationParser : InlineParser
{
    public AnnotationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[') return false;
        var start = slice.Start;
        var text = slice.Text;
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0) return false;
        var inner = text.Substring(start + 2, close - start - 2);
        if (inner.Length == 0 || inner.Contains('\n') || inner.Contains('[')) return false;

        var bar = inner.IndexOf('|');
        var id = (bar >= 0 ? inner[..bar] : inner).Trim();
        var shown = bar >= 0 ? inner[(bar + 1)..].Trim() : null;
        if (id.Length == 0 || (shown is not null && shown.Length == 0)) return false;

        var spanStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new AnnotationInline
        {
            EntityId = id,
            Text = shown,
            Span = new Markdig.Syntax.SourceSpan(spanStart, spanStart + (close + 1 - start)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
