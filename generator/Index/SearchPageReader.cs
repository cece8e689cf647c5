using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using StaticKb.Publish;

namespace StaticKb.Index;

/// <summary>What <see cref="SearchPageReader"/> found on a page, texts already collapsed; and its ids and links, as the link check reads them.</summary>
internal sealed record SearchPageText(
    string? Kind,
    bool SawMain,
    string? Title,
    string? DocumentTitle,
    IReadOnlyList<string> Headings,
    string Body,
    IReadOnlyList<string> EntityNames,
    IReadOnlyList<string> DocumentNumbers,
    LinkChecker.PageLinks Links);

/// <summary>
/// Reads one page's tags and text with AngleSharp's tokenizer, keeping the stack of open elements a parser would
/// keep for well-formed pages (what the templates, Markdig and the HTML sanitizer write; a browser's repairs of
/// markup such as HTML elements inside svg are not reproduced): end tags close what they match, void elements open nothing, and the implied ends
/// HTML gives <c>p</c>, <c>li</c>, <c>dt</c>/<c>dd</c>, headings, <c>a</c>, <c>option</c> and table rows and
/// cells are applied. Each text wanted (title, each heading, body, each entity link) is a <see cref="Collector"/>
/// rooted at an open element, taking the text under it that no skipped element inside it hides.
/// </summary>
internal sealed class SearchPageReader
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    // Start tags before which HTML closes an open p.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt",
    };

    // Elements that bound the search for an element to close implicitly (HTML's "scope").
    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "svg", "math",
    };

    private readonly struct Open(string name, bool skip, bool block, int skips)
    {
        public string Name { get; } = name;
        public bool Skip { get; } = skip;
        public bool Block { get; } = block;
        /// <summary>Skipped elements on the stack up to and including this one.</summary>
        public int Skips { get; } = skips;
    }

    private sealed class Collector(int depth, Action<string> done)
    {
        public readonly StringBuilder Text = new();
        public int Depth { get; } = depth;
        public bool Abandoned { get; set; }
        public void Finish() => done(SearchDocumentExtractor.Collapse(Text));
    }

    private readonly bool _withinMain;
    private readonly List<Open> _stack = [new Open("#document", false, false, 0)];
    private readonly List<Collector> _collectors = [];
    private int _foreign; // open svg or math elements: their tags follow XML's rules
    private int _templates; // open template elements: their content is not part of the document

    private string? _kind;
    private bool _sawKindMeta;
    private int _scopeDepth = -1; // main (or the document itself without withinMain); -1 before it opens
    private bool _scopeClosed;
    private bool _sawMain;
    private string? _title;
    private bool _sawH1;
    private StringBuilder? _documentTitle;
    private bool _readingDocumentTitle;
    private bool _sawDocumentTitle;
    private readonly List<string> _headings = [];
    private string? _body;
    private Collector? _scopeText;
    private Collector? _bodyText;
    private readonly List<string> _entityNames = [];
    private readonly List<string> _documentNumbers = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _links = [];

    private SearchPageReader(bool withinMain) => _withinMain = withinMain;

    /// <param name="withinMain">Read main's content; otherwise the whole document outside head.</param>
    public static SearchPageText Read(string html, bool withinMain) => Read(html.AsMemory(), withinMain);

    /// <inheritdoc cref="Read(string, bool)"/>
    public static SearchPageText Read(ReadOnlyMemory<char> html, bool withinMain)
    {
        var reader = new SearchPageReader(withinMain);
        if (!withinMain) reader.OpenScope(0);
        // Tokens read as structs, comments passed over, only the attributes read kept, no line and column tracked (for
        // every character), and the page read in place rather than copied: the reader needs no object per token, no
        // string for each attribute of every tag, and no positions.
        using var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            DisableElementPositionTracking = true,
            ShouldEmitAttribute = static (ref _, name) => IsRead(name.Span),
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    tokenizer.State = reader.StartTag(ref token);
                    break;
                case HtmlTokenType.EndTag:
                    reader.EndTag(token.Name.ToString());
                    break;
                case HtmlTokenType.Character:
                    reader.Characters(token.Data.ToString());
                    break;
            }
        }
        reader.PopTo(1);
        if (reader._scopeText is not null && reader._collectors.Contains(reader._scopeText)) reader.Finish(reader._scopeText);
        return new SearchPageText(reader._kind, reader._sawMain, reader._title, reader._documentTitle?.ToString(),
            reader._headings, reader._body ?? "", reader._entityNames, reader._documentNumbers, new LinkChecker.PageLinks(reader._ids, reader._links));
    }

    /// <summary>The attributes this reader or the link check reads; the tokenizer keeps no others.</summary>
    private static bool IsRead(ReadOnlySpan<char> attribute) =>
        LinkChecker.IsRead(attribute)
        || attribute is "hidden" or "data-search-ignore" or "class" or "data-search-body" or "data-doc-number" or "data-gloss" or "name" or "content";

    private HtmlParseMode StartTag(ref StructHtmlToken tag)
    {
        var name = tag.Name.ToString();
        // Every start tag gives the link check what it needs, and the tokenizer's next mode is the link check's too:
        // the two read the same tags, so the build reads a searchable page once for both.
        LinkChecker.Read(ref tag, _ids, _links);
        var mode = LinkChecker.ModeAfter(name, tag.IsSelfClosing);
        if (_foreign > 0)
        {
            // Inside svg or math every element is skipped text-wise; only nesting matters, and "/>" closes.
            if (!tag.IsSelfClosing) Push(name, skip: true, block: false);
            if (name is "svg" or "math" && !tag.IsSelfClosing) _foreign++;
            return mode;
        }

        CloseImplied(name);

        string? hidden = null, ignore = null, cls = null, searchBody = null, docNumber = null, gloss = null, metaName = null, content = null;
        // The attributes are a struct, copied on every read of tag.Attributes: read once.
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            switch (attribute.Name.Memory.Span)
            {
                case "hidden": hidden ??= attribute.Value.ToString(); break;
                case "data-search-ignore": ignore ??= attribute.Value.ToString(); break;
                case "class": cls ??= attribute.Value.ToString(); break;
                case "data-search-body": searchBody ??= attribute.Value.ToString(); break;
                case "data-doc-number": docNumber ??= attribute.Value.ToString(); break;
                case "data-gloss": gloss ??= attribute.Value.ToString(); break;
                case "name": metaName ??= attribute.Value.ToString(); break;
                case "content": content ??= attribute.Value.ToString(); break;
            }
        }

        if (name == "meta" && metaName == SearchDocumentExtractor.KindMetaName && !_sawKindMeta)
        {
            _sawKindMeta = true;
            _kind = content?.Trim() ?? "";
        }

        var skip = SearchDocumentExtractor.Skipped.Contains(name) || hidden is not null || ignore is not null
                   || (!_withinMain && name is "head" or "title");
        var block = SearchDocumentExtractor.Blocks.Contains(name);
        var isVoid = VoidElements.Contains(name);
        var inScope = InScope;

        // A block's start ends the line in every text it is part of (a skipped element adds nothing).
        if (block && !skip) BlockBoundary(_stack.Count);

        if (!isVoid) Push(name, skip, block);
        var depth = _stack.Count - 1;
        if (name == "template" && !isVoid) _templates++;

        if (inScope)
        {
            if (docNumber is not null) _documentNumbers.Add(SearchDocumentExtractor.Collapse(docNumber));
            if (!isVoid)
            {
                if (name == "h1" && !_sawH1)
                {
                    _sawH1 = true;
                    Collect(depth, t => _title = t);
                }
                else if (name is "h2" or "h3" or "h4")
                {
                    var slot = _headings.Count;
                    _headings.Add("");
                    Collect(depth, t => _headings[slot] = t);
                }
                if (searchBody is not null && _bodyText is null)
                {
                    if (_scopeText is not null) _scopeText.Abandoned = true; // main's own text is needed only without a body marker
                    _bodyText = Collect(depth, t => _body = t);
                }
                if (name == "a" && HasClass(cls, "entity"))
                {
                    var slot = _entityNames.Count;
                    _entityNames.Add("");
                    Collect(depth, t => _entityNames[slot] = t);
                    if (gloss is not null) _entityNames.Add(SearchDocumentExtractor.Collapse(gloss));
                }
            }
        }
        else if (_withinMain && name == "main" && !_sawMain)
        {
            _sawMain = true;
            OpenScope(depth);
        }

        if (name is "svg" or "math")
        {
            if (!tag.IsSelfClosing) _foreign++;
            else Pop();
            return mode;
        }
        if (name == "title" && !_sawDocumentTitle)
        {
            _sawDocumentTitle = true;
            _readingDocumentTitle = true;
            _documentTitle = new StringBuilder();
        }
        return mode;
    }

    private void EndTag(string name)
    {
        _readingDocumentTitle = false;
        // The end of a table or of one of its sections or rows closes the cells left open in it.
        var tableScope = name is "table" or "tbody" or "thead" or "tfoot" or "tr";
        for (var i = _stack.Count - 1; i >= 1; i--)
        {
            var open = _stack[i].Name;
            if (open == name)
            {
                PopTo(i);
                return;
            }
            // Outside foreign content an end tag does not close past a scope boundary it does not match.
            if (_foreign == 0 && (tableScope ? open is "table" or "html" or "template" : ScopeBoundaries.Contains(open))) return;
        }
    }

    private void Characters(string data)
    {
        if (_readingDocumentTitle) _documentTitle!.Append(data);
        if (_collectors.Count == 0) return;
        var skipsAtTop = _stack[^1].Skips;
        foreach (var collector in _collectors)
            if (!collector.Abandoned && skipsAtTop == _stack[collector.Depth].Skips)
                collector.Text.Append(data);
    }

    private bool InScope => _scopeDepth >= 0 && !_scopeClosed && _templates == 0;

    private void OpenScope(int depth)
    {
        _scopeDepth = depth;
        _scopeText = Collect(depth, t => _body ??= t);
    }

    private Collector Collect(int depth, Action<string> done)
    {
        var collector = new Collector(depth, done);
        _collectors.Add(collector);
        return collector;
    }

    private void Finish(Collector collector)
    {
        _collectors.Remove(collector);
        if (!collector.Abandoned) collector.Finish();
    }

    /// <summary>Marks a block's edge in every text rooted below <paramref name="depth"/> that is not hidden there.</summary>
    private void BlockBoundary(int depth)
    {
        var skipsAtTop = _stack[Math.Min(depth, _stack.Count) - 1].Skips;
        foreach (var collector in _collectors)
            if (collector.Depth < depth && !collector.Abandoned && skipsAtTop == _stack[collector.Depth].Skips)
                collector.Text.Append(SearchDocumentExtractor.BlockEnd);
    }

    private void Push(string name, bool skip, bool block) =>
        _stack.Add(new Open(name, skip, block, _stack[^1].Skips + (skip ? 1 : 0)));

    private void Pop() => PopTo(_stack.Count - 1);

    /// <summary>Closes the elements from the top of the stack down to and including the one at <paramref name="depth"/>.</summary>
    private void PopTo(int depth)
    {
        while (_stack.Count > depth)
        {
            var top = _stack.Count - 1;
            var open = _stack[top];
            for (var i = _collectors.Count - 1; i >= 0; i--)
                if (_collectors[i].Depth == top && _collectors[i] != _scopeText)
                    Finish(_collectors[i]);
            if (open.Block && !open.Skip) BlockBoundary(top);
            if (open.Name is "svg" or "math" && _foreign > 0) _foreign--;
            if (open.Name == "template" && _templates > 0) _templates--;
            if (top == _scopeDepth)
            {
                _scopeClosed = true;
                if (_scopeText is not null) Finish(_scopeText);
            }
            _stack.RemoveAt(top);
        }
    }

    /// <summary>The ends HTML implies before a start tag (a new paragraph closes the open one, and so on).</summary>
    private void CloseImplied(string name)
    {
        if (ClosesParagraph.Contains(name)) CloseInScope("p", buttonScope: true);
        switch (name)
        {
            case "li":
                CloseInScope("li", listScope: true);
                break;
            case "dd" or "dt":
                CloseInScope("dd");
                CloseInScope("dt");
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (_stack[^1].Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") Pop();
                break;
            case "a":
                CloseInScope("a");
                break;
            case "option":
                if (_stack[^1].Name == "option") Pop();
                break;
            case "tr":
                CloseInScope("tr", tableScope: true);
                break;
            case "td" or "th":
                CloseInScope("td", tableScope: true);
                CloseInScope("th", tableScope: true);
                break;
        }
    }

    private void CloseInScope(string name, bool buttonScope = false, bool listScope = false, bool tableScope = false)
    {
        for (var i = _stack.Count - 1; i >= 1; i--)
        {
            var open = _stack[i].Name;
            if (open == name)
            {
                PopTo(i);
                return;
            }
            if (tableScope ? open is "table" or "html" or "template"
                           : ScopeBoundaries.Contains(open) || (buttonScope && open == "button") || (listScope && open is "ol" or "ul"))
                return;
        }
    }

    private static bool HasClass(string? classes, string name)
    {
        if (classes is null) return false;
        foreach (var part in classes.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries))
            if (part == name) return true;
        return false;
    }
}
