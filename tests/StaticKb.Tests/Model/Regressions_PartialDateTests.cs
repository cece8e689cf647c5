using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Model;

/// <summary>
/// Regression (fixed): PartialDate.TryParse (generator/Model/PartialDate.cs, line 71) matches with <c>\d</c>, which in .NET
/// is any Unicode decimal digit, then calls <c>int.Parse</c> (lines 41-43), which accepts ASCII digits only. A date
/// typed with full-width digits (<c>２０２４-０４-０２</c>, what Chinese and Japanese input methods produce, or text
/// pasted from such a source) passes the pattern and then throws FormatException: instead of a diagnostic, the
/// build stops with an unhandled exception. Fix: use <c>[0-9]</c> in the pattern (or RegexOptions.ECMAScript).
/// </summary>
public class Regressions_PartialDateTests
{
    [Theory]
    [InlineData("２０２４-０４-０２")]
    [InlineData("٢٠٢٤")]
    [InlineData("2024-0٤")]
    public void A_date_in_non_ascii_digits_is_refused_not_thrown(string text)
    {
        var date = PartialDate.TryParse(text, out var error);

        Assert.Null(date);
        Assert.Equal($"'{text}' is not a date: write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known", error);
    }

    [Fact]
    public void A_front_matter_date_in_full_width_digits_is_a_diagnostic()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/xin-chao.md", "---\ntitle: Xin chào\ndate: ２０２４-０４-０２\ntranslation_key: xin-chao\n---\nBài viết.\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics.Lines(), l => l.StartsWith("content/vi/articles/xin-chao.md:3:7: error: 'date': '２０２４-０４-０２' is not a date", StringComparison.Ordinal));
    }
}
