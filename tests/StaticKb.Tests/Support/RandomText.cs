using System.Text;

namespace StaticKb.Tests.Support;

/// <summary>
/// Generated inputs for property tests (FsCheck is not referenced): a seeded <see cref="Random"/>, so a failure is
/// reproducible from its case number, over the text StaticKb really meets — Vietnamese letters in both cases,
/// punctuation, and the characters that matter to HTML, XML, YAML and Scriban.
/// </summary>
public sealed class RandomText(int seed)
{
    public const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
        + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

    public const string Punctuation = " .,;:!?-–—…“”‘’()[]/\\%#*_=+0123456789";

    public const string Hostile = "<>&\"'{}";

    /// <summary>Sequences that escaping, templates and feeds must keep as text.</summary>
    private static readonly string[] Tokens = ["&amp;", "&lt;", "&#39;", "&#x3C;", "<script>", "</script>", "]]>", "{{", "}}", "{{ page.title }}", "<!--", "-->", "\"'"];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public int Next(int max) => _random.Next(max);

    public int Next(int min, int max) => _random.Next(min, max);

    public char Pick(string alphabet) => alphabet[_random.Next(alphabet.Length)];

    /// <summary>A string of up to <paramref name="maxLength"/> characters: mostly Vietnamese words, with punctuation, hostile characters and tokens.</summary>
    public string Text(int maxLength = 40)
    {
        var length = _random.Next(maxLength + 1);
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            var roll = _random.Next(100);
            if (roll < 60) sb.Append(Pick(VietnameseLetters));
            else if (roll < 75) sb.Append(Pick(Punctuation));
            else if (roll < 92) sb.Append(Pick(Hostile));
            else sb.Append(Tokens[_random.Next(Tokens.Length)]);
        }
        return sb.ToString();
    }

    /// <summary>A string over exactly <paramref name="alphabet"/>.</summary>
    public string Over(string alphabet, int minLength, int maxLength)
    {
        var length = _random.Next(minLength, maxLength + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = Pick(alphabet);
        return new string(chars);
    }

    /// <summary>A day between 0001-01-01 and 9999-12-31.</summary>
    public DateOnly Day() => DateOnly.FromDayNumber(_random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));
}
