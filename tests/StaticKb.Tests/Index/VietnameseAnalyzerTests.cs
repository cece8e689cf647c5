using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class VietnameseAnalyzerTests
{
    private static List<string> Terms(string text) => SearchAnalyzer.For("vi").TermsOf(text);

    [Fact]
    public void AWordWithDiacriticsGivesItsExactAndItsMarkedFoldedForm()
    {
        Assert.Equal(new[] { "đường", "~duong" }, Terms("Đường"));
    }

    [Fact]
    public void AWordWithoutDiacriticsIsItsOwnFoldedForm()
    {
        Assert.Equal(new[] { "kinh" }, Terms("kinh"));
    }

    [Fact]
    public void AdjacentWordsGiveAFoldedBigram()
    {
        Assert.Equal(new[] { "hội", "~hoi", "nghị", "~nghi", "+hoi nghi" }, Terms("Hội nghị"));
    }

    [Fact]
    public void NoBigramAcrossPunctuation()
    {
        Assert.DoesNotContain("+te xa", Terms("kinh tế, xã hội"));
        Assert.Contains("+te xa", Terms("kinh tế-xã hội"));
    }

    [Fact]
    public void ACodeIsOneFoldedTermAndJoinsBigramsByItsLeadingNumber()
    {
        var terms = Terms("Chỉ thị 15-CT/TW");

        Assert.Contains("15-ct/tw", terms);
        Assert.Contains("+thi 15", terms);
        Assert.Contains("13/2023/nd-cp", Terms("Nghị định 13/2023/NĐ-CP"));
    }

    [Fact]
    public void NoStemmingAndNoStopWords()
    {
        Assert.Equal(new[] { "của", "~cua", "các", "~cac", "+cua cac" }, Terms("của các"));
        Assert.Contains("tế", Terms("kinh tế")); // lunr-languages' trimmer would leave "t"
    }
}
