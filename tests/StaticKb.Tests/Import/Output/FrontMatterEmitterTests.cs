using StaticKb.Import.Output;
using YamlDotNet.RepresentationModel;

namespace StaticKb.Tests.Import.Output;

public class FrontMatterEmitterTests
{
    private static YamlMappingNode Parse(string frontMatter)
    {
        var yaml = frontMatter.Trim().TrimStart('-').TrimEnd('-');
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Theory]
    [InlineData("Thủ tướng: “Đẩy mạnh” ngoại giao kinh tế")]
    [InlineData("* Không phải danh sách")]
    [InlineData("'trích' và \"trích\" # không phải chú thích")]
    [InlineData("- gạch đầu dòng: và dấu hai chấm")]
    [InlineData("true")]
    [InlineData("2024-04-02")]
    [InlineData("Dòng có \\ gạch chéo và \t tab")]
    [InlineData("@ và ` và | và > và %")]
    public void Text_values_read_back_exactly_as_written(string value)
    {
        var yaml = new FrontMatterEmitter().Text("title", value).Finish();
        Assert.Equal(value, ((YamlScalarNode)Parse(yaml)["title"]).Value);
        Assert.StartsWith("---\ntitle: \"", yaml);
    }

    [Fact]
    public void Long_values_stay_on_one_line()
    {
        var value = string.Concat(Enumerable.Repeat("rất dài ", 60));
        var yaml = new FrontMatterEmitter().Text("summary", value).Finish();
        Assert.Equal(3, yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Shape_of_lists_flags_and_nested_maps()
    {
        var yaml = new FrontMatterEmitter()
            .Plain("date", "2024-04-02")
            .Flag("date_inferred", true)
            .Flag("title_needs_review", false)
            .PlainList("entities", ["document/15-ct-tw", "person/pham-minh-chinh"])
            .Records("figures", [("7,52", "%")], (e, f) => e.Text("value", f.Item1).Text("unit", f.Item2))
            .Map("import", e => e.Plain("seed", "seeds/004.txt"))
            .Finish();
        Assert.Equal(
            "---\ndate: 2024-04-02\ndate_inferred: true\nentities: [document/15-ct-tw, person/pham-minh-chinh]\nfigures:\n  - value: \"7,52\"\n    unit: \"%\"\nimport:\n  seed: seeds/004.txt\n---\n",
            yaml);
    }
}
