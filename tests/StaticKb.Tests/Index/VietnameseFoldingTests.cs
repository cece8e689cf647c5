using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class VietnameseFoldingTests
{
    [Theory]
    [InlineData("đường", "duong")]
    [InlineData("Đường", "Duong")]
    [InlineData("dương", "duong")]
    [InlineData("ngoại giao kinh tế", "ngoai giao kinh te")]
    [InlineData("Phạm Minh Chính", "Pham Minh Chinh")]
    [InlineData("hội nghị trực tuyến", "hoi nghi truc tuyen")]
    [InlineData("ươ ư ơ ă â ê ô", "uo u o a a e o")]
    [InlineData("plain ascii 15-ct/tw", "plain ascii 15-ct/tw")]
    [InlineData("Tie\u0302\u0301ng", "Tieng")]
    public void FoldsToneMarksDiacriticsAndDStroke(string text, string folded)
    {
        Assert.Equal(folded, VietnameseFolding.Fold(text));
    }
}
