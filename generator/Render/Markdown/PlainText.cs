using System.Text;
using Markdig.Syntax.Inlines;
using StaticKb.Render.Markdown.Annotations;

namespace StaticKb.Render.Markdown;

/// <summary>The text a reader sees in a run of inlines, without markup (annotations give their shown text).</summary>
public static class PlainText
{
    public static string Of(ContainerInline? container, Func<string, string?>? nameOf = null)
    {
        var sb = new StringBuilder();
        if (container is not null) Append(container, sb, null, nameOf);
        return sb.ToString().Trim();
    }

    /// <summary>Appends the text of <paramref name="inline"/>; records where each annotation starts when <paramref name="annotations"/> is given.</summary>
    public static void Append(Inline inline, StringBuilder sb, List<(string EntityId, int Offset)>? annotations, Func<string, string?>? nameOf = null)
    {
        switch (inline)
        {
            case LiteralInline l: sb.Append(l.Content.ToString()); break;
            case CodeInline c: sb.Append(c.Content); break;
            case AnnotationInline a:
                annotations?.Add((a.EntityId, sb.Length));
                sb.Append(a.Text ?? nameOf?.Invoke(a.EntityId) ?? a.EntityId);
                break;
            case LineBreakInline: sb.Append(' '); break;
            case ContainerInline c:
                for (var child = c.FirstChild; child is not null; child = child.NextSibling) Append(child, sb, annotations, nameOf);
                break;
        }
    }
}
