using System.Text;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class JsJsonTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(4.718, "4.718")]
    [InlineData(2, "2")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.0000015, "0.0000015")]
    [InlineData(-0.5, "-0.5")]
    public void NumbersAreWrittenAsJavaScriptWritesThem(double value, string json)
    {
        Assert.Equal(json, JsJson.Number(value));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(500, "0.5")]
    [InlineData(1010, "1.01")]
    [InlineData(4718, "4.718")]
    [InlineData(12000, "12")]
    public void ScoresInThousandthsAreTheShortestDecimal(long thousandths, string json)
    {
        var sb = new StringBuilder();
        JsJson.AppendThousandths(sb, thousandths);
        Assert.Equal(json, sb.ToString());
    }

    [Fact]
    public void StringsEscapeOnlyWhatJsonStringifyEscapes()
    {
        var sb = new StringBuilder();
        JsJson.AppendString(sb, "đường \"q\" \\ \n\u0001 \ud800");
        Assert.Equal("\"đường \\\"q\\\" \\\\ \\n\\u0001 \\ud800\"", sb.ToString());
    }
}
