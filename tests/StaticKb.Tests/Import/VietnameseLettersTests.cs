using StaticKb.Import;

namespace StaticKb.Tests.Import;

public class VietnameseLettersTests
{
    [Theory]
    [InlineData("a\u0302\u0300", "ầ")]   // NFD order: shape, then tone
    [InlineData("a\u0300\u0302", "ầ")]   // tone first, as some keyboards type it
    [InlineData("u\u031B\u0323", "ự")]
    [InlineData("\u00E2\u0300", "ầ")]    // Windows-1258 style: precomposed shape + combining tone
    [InlineData("Tho\u0302ng ba\u0301o", "Thông báo")]
    [InlineData("U\u031B\u0303", "Ữ")]
    public void Composes_decomposed_letters_as_NFC(string decomposed, string composed) =>
        Assert.Equal(composed, VietnameseLetters.ToComposed(decomposed));

    [Fact]
    public void Leaves_composed_text_and_other_marks_alone()
    {
        Assert.Equal("Phạm Minh Chính", VietnameseLetters.ToComposed("Phạm Minh Chính"));
        Assert.Equal("x\u0301", VietnameseLetters.ToComposed("x\u0301"));
    }

    [Theory]
    [InlineData("Đẩy mạnh ngoại giao", "Day manh ngoai giao")]
    [InlineData("Ủy ban Quản lý vốn", "Uy ban Quan ly von")]
    [InlineData("Trưởng Cơ quan đại diện", "Truong Co quan dai dien")]
    [InlineData("São Paulo", "Sao Paulo")]
    public void Folds_to_ascii_letters(string text, string folded) => Assert.Equal(folded, VietnameseLetters.Fold(text));
}
