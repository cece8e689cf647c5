using StaticKb.Render.Charts;

namespace StaticKb.Tests.Render;

/// <summary>Figures as Vietnamese writes them, read as numbers to draw: decimal comma, thousands dot, ranges, qualifiers.</summary>
public class FigureValueTests
{
    [Theory]
    [InlineData("7,52", 7.52, 7.52)]
    [InlineData("6,5-7", 6.5, 7)]
    [InlineData("6,5–7", 6.5, 7)]
    [InlineData("8,3 - 8,5", 8.3, 8.5)]
    [InlineData("1.000", 1000, 1000)]
    [InlineData("1.000.000", 1_000_000, 1_000_000)]
    [InlineData("253", 253, 253)]
    [InlineData("gần 50", 50, 50)]
    [InlineData("hơn 150", 150, 150)]
    [InlineData("từ 6,5 - 7", 6.5, 7)]
    public void A_value_is_read_as_vietnamese_writes_it(string text, double low, double high)
    {
        var value = FigureValue.Parse(text);

        Assert.NotNull(value);
        Assert.Equal(low, value.Low, 9);
        Assert.Equal(high, value.High, 9);
        Assert.Equal(low != high, value.IsRange);
    }

    [Fact]
    public void A_range_written_high_to_low_is_still_low_to_high()
    {
        Assert.Equal(new FigureValue(6.5, 7), FigureValue.Parse("7 - 6,5"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("nhiều")]
    [InlineData("chưa công bố")]
    public void Text_without_a_number_is_not_a_value(string text)
    {
        Assert.Null(FigureValue.Parse(text));
    }
}
