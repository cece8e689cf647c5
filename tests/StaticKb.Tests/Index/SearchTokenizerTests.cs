using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class SearchTokenizerTests
{
    private static List<(string Text, SearchTokenKind Kind)> Tokens(string text) =>
        SearchTokenizer.Tokenize(SearchText.Normalize(text)).Select(t => (t.Text, t.Kind)).ToList();

    [Theory]
    [InlineData("Chỉ thị 15-CT/TW ngày", "15-ct/tw")]
    [InlineData("thông báo số 355/TB-VPCP truyền đạt", "355/tb-vpcp")]
    [InlineData("Nghị quyết 222/2025/QH15.", "222/2025/qh15")]
    [InlineData("Nghị định 13/2023/NĐ-CP,", "13/2023/nđ-cp")]
    [InlineData("(COVID-19)", "covid-19")]
    public void DocumentNumbersAndCodesAreSingleTokens(string text, string code)
    {
        Assert.Contains((code, SearchTokenKind.Code), Tokens(text));
    }

    [Theory]
    [InlineData("tăng 7,52% so với", "7.52")]
    [InlineData("grew 7.52% year on year", "7.52")]
    [InlineData("1.000.000 đồng", "1.000.000")]
    [InlineData("1,000,000 dong", "1.000.000")]
    [InlineData("năm 2024.", "2024")]
    public void NumbersUseADotForBothDecimalSeparators(string text, string number)
    {
        Assert.Contains((number, SearchTokenKind.Number), Tokens(text));
    }

    [Fact]
    public void HyphenatedWordsWithoutDigitsSplitButStayInOnePhrase()
    {
        var tokens = SearchTokenizer.Tokenize(SearchText.Normalize("kinh tế-xã hội"));

        Assert.Equal(new[] { "kinh", "tế", "xã", "hội" }, tokens.Select(t => t.Text));
        Assert.Equal(new[] { true, false, false, false }, tokens.Select(t => t.StartsPhrase));
    }

    [Fact]
    public void PunctuationAndLineBreaksStartAPhraseSpacesDoNot()
    {
        var tokens = SearchTokenizer.Tokenize(SearchText.Normalize("kinh tế - xã hội, đất\u00A0nước\nmới"));

        Assert.Equal(new[] { true, false, true, false, true, false, true }, tokens.Select(t => t.StartsPhrase));
    }

    [Fact]
    public void OffsetsPointIntoTheNfcText()
    {
        const string text = "Đẩy mạnh NGOẠI GIAO";
        var tokens = SearchTokenizer.Tokenize(SearchText.Normalize(text));

        Assert.Equal(new[] { "Đẩy", "mạnh", "NGOẠI", "GIAO" }, tokens.Select(t => text.Substring(t.Start, t.Length)));
    }

    [Fact]
    public void DecomposedInputIsComposedFirst()
    {
        var decomposed = "Tie\u0302\u0301ng Vie\u0323\u0302t";

        Assert.Equal(new[] { "tiếng", "việt" }, Tokens(decomposed).Select(t => t.Text));
    }
}
