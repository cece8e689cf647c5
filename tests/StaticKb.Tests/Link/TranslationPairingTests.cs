using StaticKb.Link;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Link;

/// <summary>Articles and entities are paired across languages by translation key, and each translation knows if it is current.</summary>
public class TranslationPairingTests
{
    [Fact]
    public void Articles_pair_by_translation_key_and_an_untranslated_one_stands_alone()
    {
        using var site = FixtureSite.Copy("bilingual");

        var (linked, diagnostics) = site.Link();

        Assert.Empty(diagnostics);
        Assert.Equal(["ket-qua-nam-2024", "trien-khai-chi-thi-15", "xuat-khau-thang-7"], linked!.Articles.Select(p => p.Key));
        var pair = linked.Articles.Single(p => p.Key == "trien-khai-chi-thi-15");
        Assert.Equal("content/vi/articles/trien-khai-chi-thi-15.md", pair.In("vi")!.Source.Path);
        Assert.Equal("content/en/articles/trien-khai-chi-thi-15.md", pair.In("en")!.Source.Path);
        var alone = linked.Articles.Single(p => p.Key == "xuat-khau-thang-7");
        Assert.Null(alone.In("en"));
        Assert.Same(alone.In("vi"), alone.Primary("vi"));
    }

    [Fact]
    public void Entities_are_found_by_kind_and_key_in_both_languages()
    {
        using var site = FixtureSite.Copy("bilingual");

        var (linked, _) = site.Link();

        var document = linked!.Entity("document/15-ct-tw");
        Assert.NotNull(document);
        Assert.Equal("Chỉ thị 15-CT/TW", document.In("vi")!.Name);
        Assert.Equal("Directive 15-CT/TW", document.In("en")!.Name);
        Assert.Null(linked.Entity("conference/hoi-nghi-ngoai-giao-kinh-te-2024")!.In("en"));
        Assert.Null(linked.Entity("document/bo-ngoai-giao"));
    }

    [Fact]
    public void A_translation_that_records_its_sources_hash_is_current()
    {
        using var site = FixtureSite.Copy("minimal");
        var viBody = "Bài viết đầu tiên.\n";
        site.Write("content/en/articles/xin-chao.md",
            $"---\ntitle: Hello\ndate: 2024-04-02\ntranslation_key: xin-chao\nsource_hash: {ContentHash.Of(viBody)}\n---\nThe first article.\n");

        var (linked, _) = site.Link();

        var status = Assert.Single(linked!.TranslationStatuses);
        Assert.Equal(new TranslationStatus("articles", "xin-chao", "content/vi/articles/xin-chao.md", "content/en/articles/xin-chao.md", TranslationState.Current), status);
    }

    [Fact]
    public void A_translation_becomes_stale_when_its_source_changes()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/en/articles/xin-chao.md",
            $"---\ntitle: Hello\ndate: 2024-04-02\ntranslation_key: xin-chao\nsource_hash: {ContentHash.Of("Bài viết đầu tiên.")}\n---\nThe first article.\n");
        site.Write("content/vi/articles/xin-chao.md", "---\ntitle: Xin chào\ndate: 2024-04-02\ntranslation_key: xin-chao\n---\nBài viết đã sửa.\n");

        var (linked, _) = site.Link();

        Assert.Equal(TranslationState.Stale, Assert.Single(linked!.TranslationStatuses).State);
    }

    [Fact]
    public void A_translation_that_never_recorded_its_source_is_stale()
    {
        using var site = FixtureSite.Copy("minimal");

        var (linked, _) = site.Link();

        Assert.Equal(TranslationState.Stale, Assert.Single(linked!.TranslationStatuses).State);
    }

    [Fact]
    public void Every_source_without_a_translation_is_listed_as_missing()
    {
        using var site = FixtureSite.Copy("bilingual");

        var (linked, _) = site.Link();

        var missing = linked!.TranslationStatuses.Where(s => s.State == TranslationState.Missing).Select(s => (s.Section, s.Key, s.TranslationPath));
        Assert.Equal([("articles", "xuat-khau-thang-7", (string?)null), ("conferences", "hoi-nghi-ngoai-giao-kinh-te-2024", null)], missing.Order());
    }

    [Fact]
    public void The_source_hash_ignores_line_ends_and_surrounding_blank_lines()
    {
        Assert.Equal(ContentHash.Of("Một.\n\nHai.\n"), ContentHash.Of("\r\nMột.\r\n\r\nHai.\r\n\r\n"));
        Assert.NotEqual(ContentHash.Of("Một."), ContentHash.Of("Hai."));
        Assert.Matches("^sha256:[0-9a-f]{16}$", ContentHash.Of("Một."));
    }
}
