using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticKb.Render.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value printed by <c>{{ … }}</c> unless it is <see cref="RawHtml"/>.
/// Escaping by default means a template author cannot forget it: content and config never reach the page as markup.
/// </summary>
public sealed class HtmlEscapingContext(Scriban.Runtime.ScriptObject? builtins = null) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // A page's body goes into the layout as it is in its buffer. Scriban's own path (indents of included text,
        // an output limit) is needed only when those are set, and TemplateSet sets neither.
        if (textAsObject is LayoutContent content && Output is PageOutput output && CurrentIndent is null && LimitToString <= 0)
        {
            output.Write(content.Span);
            return this;
        }
        return base.Write(span, Escape(textAsObject));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    // Scriban makes a member accessor per type in each context, by reflection, and every page is rendered in a context
    // of its own. Each page thus reflected over the views' types again and, once the runtime's reflection cache had
    // been collected, got new PropertyInfos, for whose getters .NET compiled new invoke stubs: dynamic methods, which
    // the finalizer thread then spent a second or more of a 1,000-pair build destroying. The accessors only read, and
    // depend on nothing but the type, the member filter and the renamer, which every page shares; so one accessor per
    // type serves every page, on every thread.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (MemberFilter is not null || MemberRenamer != StandardMemberRenamer.Default) return base.GetMemberAccessorImpl(target);
        var type = target.GetType();
        if (SharedAccessors.TryGetValue(type, out var shared)) return shared;
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is null ? null : SharedAccessors.GetOrAdd(type, accessor);
    }

    private object Escape(object? value) => value switch
    {
        null => string.Empty,
        RawHtml raw => raw.Html,
        LayoutContent content => content.ToString(),
        string s => HtmlText.Escape(s),
        bool or int or long or double or decimal => ObjectToString(value) ?? string.Empty,
        _ => HtmlText.Escape(ObjectToString(value) ?? string.Empty),
    };
}
