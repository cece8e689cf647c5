using StaticKb.Load;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Properties;

/// <summary>
/// Slugs (file names, translation keys, URL segments), over generated strings: ContentRules.IsSlug accepts exactly
/// lower-case ASCII letters and digits in words joined by single '-' — <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> — and the
/// importer's Slug.From always produces one.
/// </summary>
public class SlugProperties
{
    /// <summary>The rule written out character by character, independent of any regular expression.</summary>
    private static bool IsSlugByHand(string s)
    {
        if (s.Length == 0 || s[0] == '-' || s[^1] == '-') return false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '-') { if (s[i - 1] == '-') return false; }
            else if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    [Theory]
    [InlineData(1, "abcz09-")]
    [InlineData(2, "ab-")]
    [InlineData(3, "ab-0.A_ /đé")]
    [InlineData(4, "a-Z.\\/:ạ1")]
    public void IsSlug_accepts_exactly_lower_case_ascii_words_joined_by_single_dashes(int seed, string alphabet)
    {
        var random = new RandomText(seed);
        var accepted = 0;
        for (var i = 0; i < 20000; i++)
        {
            var text = random.Over(alphabet, 0, 12);
            var expected = IsSlugByHand(text);
            Assert.True(expected == ContentRules.IsSlug(text), $"'{text}': expected {(expected ? "a slug" : "not a slug")}");
            if (expected) accepted++;
        }
        Assert.True(accepted > 100 || alphabet.Length > 8, "the generator should produce enough valid slugs to test acceptance");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("15-ct-tw")]
    [InlineData("222-2025-qh15")]
    [InlineData("hoi-nghi-ngoai-giao-kinh-te-2024-04-02")]
    public void Real_keys_are_slugs(string key) => Assert.True(ContentRules.IsSlug(key));

    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("A")]
    [InlineData("a_b")]
    [InlineData("a.b")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("../a")]
    [InlineData("đà-nẵng")]
    [InlineData(" a")]
    [InlineData("a ")]
    public void Near_misses_are_not_slugs(string text) => Assert.False(ContentRules.IsSlug(text));

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void The_importers_slug_of_any_text_with_a_letter_is_a_slug(int seed)
    {
        var random = new RandomText(seed);
        for (var i = 0; i < 5000; i++)
        {
            var text = random.Text(60) + random.Pick(RandomText.VietnameseLetters);

            var slug = StaticKb.Import.Slug.From(text);

            Assert.True(ContentRules.IsSlug(slug), $"Slug.From('{text}') = '{slug}'");
            Assert.True(slug.Length <= StaticKb.Import.Slug.MaxLength);
        }
    }
}
