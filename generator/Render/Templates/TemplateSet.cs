using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKb.Diagnostics;

namespace StaticKb.Render.Templates;

/// <summary>
/// The Scriban templates of a site (<c>templates/layouts</c>, <c>pages</c>, <c>partials</c>), parsed once.
/// Syntax errors become diagnostics with the template's own line and column; so do runtime errors such as
/// a missing partial or an include that never ends.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string Folder = "templates";
    private readonly string _root;
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    private TemplateSet(string root) => _root = root;

    // Scriban's built-in functions (string.*, array.*, …), made once: a context left to make its own builds them
    // anew for every page. Templates only read them (they are read-only), so every page's context can share them.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    public static TemplateSet Load(string projectRoot, DiagnosticBag diagnostics)
    {
        var set = new TemplateSet(Path.Combine(projectRoot, Folder));
        foreach (var sub in new[] { "layouts", "pages", "partials" })
        {
            var dir = Path.Combine(set._root, sub);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.html").Order(StringComparer.Ordinal))
            {
                var name = $"{sub}/{Path.GetFileName(file)}";
                set.Parse(name, File.ReadAllText(file), diagnostics);
            }
        }
        return set;
    }

    /// <summary>Adds a template from text (tests build small template sets this way).</summary>
    public Template? Parse(string name, string text, DiagnosticBag diagnostics)
    {
        var displayPath = $"{Folder}/{name}";
        var template = Template.Parse(text, displayPath);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                diagnostics.Error(new SourceLocation(displayPath, m.Span.Start.Line + 1, m.Span.Start.Column + 1), "template error: " + m.Message);
            return null;
        }
        _templates[name] = template;
        _sources[name] = text;
        return template;
    }

    public static TemplateSet FromTexts(IReadOnlyDictionary<string, string> templates, DiagnosticBag diagnostics)
    {
        var set = new TemplateSet(Path.Combine(Path.GetTempPath(), "statickb-inline-templates"));
        foreach (var (name, text) in templates) set.Parse(name, text, diagnostics);
        return set;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    // The length of the last page each template made (any thread; a guess, so a lost update does no harm).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _lastLength = new(StringComparer.Ordinal);

    /// <summary>Renders <paramref name="name"/> with <paramref name="model"/>'s members as globals (snake_case).</summary>
    public string? Render(string name, IReadOnlyDictionary<string, object?> model, string pagePath, DiagnosticBag diagnostics)
    {
        using var output = RenderToOutput(name, model, pagePath, diagnostics);
        return output?.ToString();
    }

    /// <summary>
    /// Renders <paramref name="name"/> into a pooled buffer, which the caller disposes once it has read the page; null
    /// when the template is missing or failed (the error is in <paramref name="diagnostics"/>).
    /// </summary>
    internal PageOutput? RenderToOutput(string name, IReadOnlyDictionary<string, object?> model, string pagePath, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(SourceLocation.File($"{Folder}/{name}"), $"template {name} is missing (needed for {pagePath})");
            return null;
        }
        var globals = new ScriptObject();
        foreach (var (key, value) in model) globals[key] = value;
        globals["include"] = Include;
        var context = TakeContext();
        // Partials were parsed once at load; without this each page's context would parse every include again.
        foreach (var (partial, parsed) in _templates)
            if (partial.StartsWith("partials/", StringComparison.Ordinal)) context.CachedTemplates[partial] = parsed;
        context.PushGlobal(globals);
        // Sized for the last page this template made: most pages of one template are alike in length.
        var output = new PageOutput(_lastLength.TryGetValue(name, out var last) ? last + last / 8 : 16 * 1024);
        context.PushOutput(output);
        try
        {
            // What Template.Render(context) does, but for the string of the output it returns: a page streamed to
            // disk is read from the buffer, and that string would be one more copy of every page.
            if (template.SourceFilePath is { } source) context.PushSourceFile(source);
            try
            {
                if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
            }
            finally
            {
                if (template.SourceFilePath is not null) context.PopSourceFile();
            }
            _lastLength[name] = output.Length;
            GiveBack(context);
            return output;
        }
        catch (ScriptRuntimeException e)
        {
            output.Dispose();
            var span = e.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? $"{Folder}/{name}"
                : span.FileName.StartsWith(Folder + "/", StringComparison.Ordinal) ? span.FileName : $"{Folder}/{span.FileName}";
            diagnostics.Error(new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1),
                $"template error while rendering {pagePath}: {e.OriginalMessage}");
            return null;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private static readonly RawIncludeFunction Include = new();

    // A context per thread, used again from page to page: making one allocates some twenty stacks and tables, and a
    // build makes two per page (the page's template, then the layout). Scriban's Reset leaves a context as new for
    // another run on the same thread; a context whose render failed is dropped, in case it stopped half-way.
    [ThreadStatic] private static HtmlEscapingContext? t_context;

    private HtmlEscapingContext TakeContext()
    {
        var context = t_context;
        t_context = null;
        if (context is not null && ReferenceEquals(context.TemplateLoader, this)) return context;
        return new HtmlEscapingContext(Builtins)
        {
            TemplateLoader = this,
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = 100_000,
            RecursiveLimit = 20,
            // Scriban cuts a render's output at a million characters by default and ends it with "...": a site's
            // largest pages (the key figures of a few thousand articles) passed that, and went out cut off mid-tag.
            LimitToString = 0,
            StrictVariables = true,
            // A mistyped member (page.titel) is an error, not an empty string on the page.
            EnableRelaxedMemberAccess = false,
        };
    }

    private static void GiveBack(HtmlEscapingContext context)
    {
        context.Reset();
        t_context = context;
    }

    // Partials: {{ include 'article-item.html' }} reads templates/partials/article-item.html, never outside it.
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(_root, "partials", templateName));
        var partials = Path.GetFullPath(Path.Combine(_root, "partials")) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(partials, StringComparison.Ordinal))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' points outside templates/partials/");
        return "partials/" + Path.GetRelativePath(partials, full).Replace('\\', '/');
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _sources.TryGetValue(templatePath, out var text)
            ? text
            : throw new ScriptRuntimeException(callerSpan, $"partial '{templatePath}' does not exist in templates/");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
