using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class DocumentNumberTermsTests
{
    [Theory]
    [InlineData("15-CT/TW", "vi", "chỉ thị 15; 15-CT/TW")]
    [InlineData("15-CT/TW", "en", "directive 15; 15-CT/TW")]
    [InlineData("355/TB-VPCP", "vi", "thông báo 355; 355/TB-VPCP")]
    [InlineData("13/2023/NĐ-CP", "en", "decree 13; 13/2023/NĐ-CP")]
    [InlineData("222/2025/QH15", "vi", "222; 222/2025/QH15")]
    [InlineData("COVID-19", "vi", "COVID-19")]
    public void TheFieldSaysTheNumberTheWayReadersAskForIt(string number, string language, string text)
    {
        Assert.Equal(text, DocumentNumberTerms.FieldText(new[] { number }, language));
    }

    [Fact]
    public void NumbersAreSeparatedSoNoBigramJoinsThem()
    {
        Assert.Equal("chỉ thị 15; 15-CT/TW; nghị quyết 21; 21/NQ-CP", DocumentNumberTerms.FieldText(new[] { "15-CT/TW", "21/NQ-CP" }, "vi"));
    }

    [Theory]
    [InlineData("15-ct/tw", "15")]
    [InlineData("222/2025/qh15", "222")]
    [InlineData("covid-19", null)]
    [InlineData("2024", null)]
    public void LeadingNumber(string code, string? number)
    {
        Assert.Equal(number, DocumentNumberTerms.LeadingNumber(code));
    }
}
