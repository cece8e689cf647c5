using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class EnglishAnalyzerTests
{
    private static List<string> Terms(string text) => SearchAnalyzer.For("en").TermsOf(text);

    [Fact]
    public void LunrStopWordsAreDroppedAndWordsStemmed()
    {
        Assert.Equal(new[] { "direct", "econom", "diplomaci" }, Terms("The directives of the economic diplomacy"));
    }

    [Fact]
    public void VietnameseNamesAreFoldedBeforeLunrsTrimmerCanCutThem()
    {
        Assert.Equal(new[] { "pham", "minh", "chinh", "te" }, Terms("Phạm Minh Chính tế"));
    }

    [Fact]
    public void CodesAndNumbersSkipTheStemmer()
    {
        Assert.Equal(new[] { "direct", "15-ct/tw", "+direct 15", "7.52", "12/nq-cp" }, Terms("Directive 15-CT/TW 7,52 12/NQ-CP"));
    }

    [Fact]
    public void AWordRightBeforeANumberMakesAPairSoDirective15IsNotDirective20In15Provinces()
    {
        Assert.Contains("+direct 15", Terms("Directive 15"));
        Assert.DoesNotContain("+direct 15", Terms("Directive 20-CT/TW in 15 provinces"));
        Assert.DoesNotContain("+direct 15", Terms("the directive. 15 provinces"));
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("conferences", "confer")]
    [InlineData("provinces", "provinc")]
    [InlineData("yielding", "yield")]
    [InlineData("relational", "relat")]
    [InlineData("hopefulness", "hope")]
    public void StemsLikeLunr(string word, string stem)
    {
        Assert.Equal(stem, LunrStemmer.Stem(word));
    }
}
