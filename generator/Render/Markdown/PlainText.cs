using System.Text;
using Markdig.Syntax.Inlines;
using StaticKb.Render.Markdown.Annotations;

namespace StaticKb.Render.Markdown;

/// <summary>The text a reader sees in a run of inlines, without markup (annotations give their shown text).</summary>
public static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline l: sb.Append(l.Content.ToString()); break;
            case CodeInline c: sb.Append(c.Content); break;
            case AnnotationInline a: sb.Append(a.Text ?? a.EntityId); break;
            case LineBreakInline: sb.Append(' '); break;
            case ContainerInline c:
                for (var child = c.FirstChild; child is not null; child = child.NextSibling) Append(child, sb);
                break;
        }
    }
}
