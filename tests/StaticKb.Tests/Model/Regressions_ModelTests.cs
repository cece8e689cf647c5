using StaticKb.Model;

namespace StaticKb.Tests.Model;

/// <summary>
/// Regression (fixed): PartialDate.TryParse (generator/Model/PartialDate.cs, lines 45-48) checks the year and the
/// month together and always explains "the month must be 01 to 12", so <c>0000-05-01</c> is refused with a message
/// about a month that is fine. Fix: report <c>year &lt; 1</c> with its own message (e.g. "the year must be 0001 or later").
/// </summary>
public class Regressions_ModelTests
{
    [Fact]
    public void Year_zero_is_refused_for_its_year_not_its_month()
    {
        Assert.Null(PartialDate.TryParse("0000-05-01", out var error));
        Assert.DoesNotContain("month", error);
        Assert.Contains("year", error);
    }
}
