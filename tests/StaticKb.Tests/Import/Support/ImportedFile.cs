using StaticKb.Diagnostics;
using StaticKb.Load;
using YamlDotNet.RepresentationModel;

namespace StaticKb.Tests.Import.Support;

/// <summary>A generated file read back: its front matter as YAML (as the build will read it) and its body.</summary>
public sealed class ImportedFile
{
    public ImportedFile(string text)
    {
        Text = text;
        var split = FrontMatterSplitter.Split("test.md", text, new DiagnosticBag()) ?? throw new InvalidOperationException("no front matter");
        var stream = new YamlStream();
        stream.Load(new StringReader(split.FrontMatter));
        FrontMatter = (YamlMappingNode)stream.Documents[0].RootNode;
        Body = split.Body;
    }

    public string Text { get; }
    public YamlMappingNode FrontMatter { get; }
    public string Body { get; }

    public string? this[string key] => FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    public IReadOnlyList<string> List(string key) =>
        FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq ? seq.OfType<YamlScalarNode>().Select(s => s.Value!).ToList() : [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Maps(string key) =>
        FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
            ? seq.OfType<YamlMappingNode>().Select(m => (IReadOnlyDictionary<string, string>)m.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!)).ToList()
            : [];

    public string? Import(string key) =>
        FrontMatter.Children[new YamlScalarNode("import")] is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
}
