using System.Globalization;
using StaticKb.Diagnostics;
using StaticKb.Model;
using StaticKb.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticKb.Load;

/// <summary>
/// Reads a YAML mapping into typed values key by key, reporting every missing key, wrong type and unknown key
/// at its own line and column. YamlDotNet's deserializer stops at the first problem and loses positions,
/// so front matter and <c>site.yml</c> are read through the representation model instead.
/// </summary>
public sealed class YamlMapReader
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private YamlMapReader(YamlMappingNode map, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public SourceLocation Location { get => At(_map); }

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public static YamlMapReader? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            diagnostics.Error(new SourceLocation(path, line, (int)e.Start.Column), "invalid YAML: " + YamlMessage(e),
                "check the indentation and quote values that contain ':' or start with a special character");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Error(new SourceLocation(path, firstLine, 1), "expected 'key: value' lines here");
            return null;
        }
        return new YamlMapReader(map, path, firstLine - 1, diagnostics);
    }

    public static YamlMapReader For(YamlMappingNode map, string path, int lineOffset, DiagnosticBag diagnostics) =>
        new(map, path, lineOffset, diagnostics);

    public SourceLocation At(YamlNode node) => new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceLocation? LocationOf(string key)
    {
        foreach (var (k, _) in _map.Children)
            if (k is YamlScalarNode s && s.Value == key) return At(k);
        return null;
    }

    private YamlNode? Node(string key, bool required)
    {
        _known.Add(key);
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                // "key:" with nothing after it is null in YAML: treat it as absent so "required" reports it.
                if (v is YamlScalarNode { Value: "" or "~" or "null", Style: ScalarStyle.Plain }) break;
                return v;
            }
        }
        if (required)
            _diagnostics.Error(Location, $"required key '{key}' is missing", $"add a line '{key}: …' to this mapping");
        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s)
        {
            // A YAML escape ("\u001b") can produce what the file itself may not contain.
            if (s.Value is { } value && TextRules.FirstControlCharacter(value) is var at and >= 0)
            {
                _diagnostics.Error(At(node), $"'{key}' contains the control character U+{(int)value[at]:X4}", "remove the escape sequence");
                return null;
            }
            return s.Value;
        }
        _diagnostics.Error(At(node), $"'{key}' must be text, not a {Shape(node)}");
        return null;
    }

    public bool Bool(string key, bool fallback = false)
    {
        var node = Node(key, false);
        if (node is null) return fallback;
        if (node is YamlScalarNode s && s.Value is "true" or "false") return s.Value == "true";
        _diagnostics.Error(At(node), $"'{key}' must be true or false");
        return fallback;
    }

    public int? Int(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        _diagnostics.Error(At(node), $"'{key}' must be a whole number");
        return null;
    }

    public PartialDate? Date(string key, bool required = false, bool inferred = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s)
        {
            var date = PartialDate.TryParse(s.Value ?? "", out var error, inferred);
            if (date is null) _diagnostics.Error(At(node), $"'{key}': {error}");
            return date;
        }
        _diagnostics.Error(At(node), $"'{key}' must be a date such as 2024-04-02, not a {Shape(node)}");
        return null;
    }

    public IReadOnlyList<string> StringList(string key) => LocatedStringList(key).Select(x => x.Value).ToList();

    /// <summary>A list of text items, each with its own position (to report a bad item where it is written).</summary>
    public IReadOnlyList<(string Value, SourceLocation At)> LocatedStringList(string key)
    {
        var node = Node(key, false);
        if (node is null) return [];
        if (node is YamlScalarNode single) return [(single.Value ?? "", At(single))];
        if (node is YamlSequenceNode seq)
        {
            var list = new List<(string, SourceLocation)>();
            foreach (var item in seq)
            {
                if (item is YamlScalarNode s) list.Add((s.Value ?? "", At(s)));
                else _diagnostics.Error(At(item), $"each item of '{key}' must be text, not a {Shape(item)}");
            }
            return list;
        }
        _diagnostics.Error(At(node), $"'{key}' must be a list of text items");
        return [];
    }

    /// <summary>A nested mapping, read with its own reader (which reports its own unknown keys).</summary>
    public YamlMapReader? Map(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlMapReader(m, _path, _lineOffset, _diagnostics);
        _diagnostics.Error(At(node), $"'{key}' must be a mapping of 'key: value' lines, not a {Shape(node)}");
        return null;
    }

    /// <summary>A list of mappings (for example key figures), each read by <paramref name="read"/>.</summary>
    public IReadOnlyList<T> MapList<T>(string key, Func<YamlMapReader, T?> read) where T : class
    {
        var node = Node(key, false);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            _diagnostics.Error(At(node), $"'{key}' must be a list ('- ' items)");
            return [];
        }
        var list = new List<T>();
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m)
            {
                _diagnostics.Error(At(item), $"each item of '{key}' must be a mapping of 'key: value' lines");
                continue;
            }
            var reader = new YamlMapReader(m, _path, _lineOffset, _diagnostics);
            var value = read(reader);
            reader.ReportUnknownKeys();
            if (value is not null) list.Add(value);
        }
        return list;
    }

    /// <summary>All keys of the mapping with their readers' locations; for free-form maps such as i18n bundles.</summary>
    public IEnumerable<(string Key, YamlNode Value, SourceLocation At)> Entries()
    {
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode s && s.Value is not null)
            {
                _known.Add(s.Value);
                yield return (s.Value, v, At(k));
            }
        }
    }

    /// <summary>Reports keys nobody asked for: a typo such as <c>tittle</c> must not be silently ignored.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (k, _) in _map.Children)
        {
            if (k is not YamlScalarNode s || s.Value is null || _known.Contains(s.Value)) continue;
            var guess = Spelling.Closest(s.Value, _known);
            _diagnostics.Error(At(k), $"unknown key '{s.Value}'",
                guess is not null ? $"did you mean '{guess}'?" : $"known keys here: {string.Join(", ", _known.Order(StringComparer.Ordinal))}");
        }
    }

    private static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string YamlMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with the position we already print.
        var message = e.InnerException?.Message ?? e.Message;
        var idx = message.IndexOf("): ", StringComparison.Ordinal);
        return idx >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(idx + 3)..] : message;
    }
}
