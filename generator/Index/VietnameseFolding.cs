using System.Text;

namespace StaticKb.Index;

/// <summary>
/// Folds away Vietnamese tone marks and vowel diacritics so that a reader without a Vietnamese keyboard
/// finds the word: <c>đường</c>, <c>dương</c> and <c>duong</c> all fold to <c>duong</c>.
/// Decomposition alone misses <c>đ</c> (it is a letter of its own, not d plus a mark), so it is mapped by hand.
/// </summary>
internal static class VietnameseFolding
{
    /// <summary>fold(s) = NFC(NFD(s) without U+0300–U+036F, with đ→d and Đ→D). search.js has the same definition.</summary>
    public static string Fold(string s)
    {
        var ascii = true;
        foreach (var c in s)
        {
            if (c >= 0x80) { ascii = false; break; }
        }
        if (ascii) return s;

        var decomposed = SearchText.Nfc(s).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c >= '\u0300' && c <= '\u036F') continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
