using StaticKb.Render.Charts;

namespace StaticKb.Tests.Render;

/// <summary>Regression tests for fixed bugs of the build-time charts.</summary>
public class Regressions_ChartsTests
{
    /// <summary>
    /// FigureValue.Parse (generator/Render/Charts/FigureValue.cs, line 21) has no sign in its pattern, so a negative
    /// figure such as a fall in exports "-3,2" % is charted as +3.2 (NumberFormatter keeps the sign in the table:
    /// "-3.2%"), and the chart contradicts the table beside it. Fix: allow an optional sign in both ends of the
    /// pattern (<c>(?&lt;a&gt;[-−]?\d+…)</c>, taking care that "6,5-7" stays a range), and let BarChartSvg draw from a
    /// zero line when a value is below zero.
    /// </summary>
    [Theory]
    [InlineData("-3,2", -3.2)]
    [InlineData("−1,5", -1.5)]
    public void A_negative_figure_is_read_as_negative(string text, double value)
    {
        Assert.Equal(new FigureValue(value, value), FigureValue.Parse(text));
    }

    /// <summary>
    /// FigureValue.Parse reads only the digits: "6 triệu" (6 million) is 6 and "900 nghìn" (900 thousand) is 900, so
    /// in one series the smaller amount gets the longer bar, while NumberFormatter writes the words out ("6 million")
    /// in the table beside it. Fix: multiply by the Vietnamese magnitude word after the number (nghìn 10³, triệu 10⁶,
    /// tỷ 10⁹, nghìn tỷ 10¹²), the words NumberFormatter already knows.
    /// </summary>
    [Fact]
    public void Magnitude_words_scale_the_value()
    {
        Assert.True(FigureValue.Parse("6 triệu")!.High > FigureValue.Parse("900 nghìn")!.High);
    }
}
