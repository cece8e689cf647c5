using System.Text;

namespace StaticKb.Import;

/// <summary>
/// File names and keys: lower-case ASCII, Vietnamese letters folded, words joined by <c>-</c>.
/// Lives in Import until another stage needs it; the rule must stay identical wherever it is used,
/// because keys written by the importer are matched against keys typed by editors.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        var folded = Fold(text).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var dash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        var slug = sb.ToString().TrimEnd('-');
        if (slug.Length <= maxLength) return slug;
        // Cut at a word boundary so a long title never ends in half a word.
        var cut = slug.LastIndexOf('-', maxLength);
        return (cut > 0 ? slug[..cut] : slug[..maxLength]).TrimEnd('-');
    }

    /// <summary>Removes diacritics and folds đ/Đ: what NFD + dropping combining marks would give for Vietnamese.</summary>
    public static string Fold(string text) => VietnameseLetters.Fold(text);
}
