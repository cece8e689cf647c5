using System.Text.RegularExpressions;
using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// Entity pages: what the entity is, its dates, and every article that mentions it with the sentence in which it
/// does; index pages listing every entity of a kind.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class EntityPageTests(BuiltKnowledgeSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private sealed record Backlink(string Href, string Title, IReadOnlyList<(string Sentence, string? Lang)> Sentences);

    private IReadOnlyList<Backlink> Backlinks(string page) =>
        Built.Page(page).QuerySelectorAll("ol.backlinks > li").Select(li => new Backlink(
            li.QuerySelector("a")!.GetAttribute("href")!,
            li.QuerySelector("a")!.TextContent,
            li.QuerySelectorAll("blockquote").Select(q => (q.TextContent.Trim(), q.GetAttribute("lang"))).ToList())).ToList();

    [Fact]
    public void Backlinks_list_every_article_mentioning_the_entity_with_the_sentence_of_the_mention()
    {
        var backlinks = Backlinks("vi/documents/15-ct-tw/");

        Backlink[] expected =
        [
            new("/repo/vi/articles/xuat-khau-thang-8/", "Xuất khẩu tháng 8 tăng mạnh", [("Tháng 8, xuất khẩu tăng mạnh nhờ Chỉ thị số 15-CT/TW.", null)]),
            // Listed in front matter but not annotated: the article is there, without a sentence.
            new("/repo/vi/articles/trien-khai-chi-thi-20/", "Triển khai Chỉ thị số 20/CT-TTg về xuất khẩu", []),
            new("/repo/vi/articles/ket-qua-nam-2023/", "Kết quả ngoại giao kinh tế năm 2023", [("Mục tiêu tăng trưởng 6,5-7% bám sát Chỉ thị 15.", null)]),
        ];
        Assert.Equal(expected, backlinks, new BacklinkComparer());
    }

    [Fact]
    public void On_the_english_page_a_sentence_from_an_untranslated_article_is_marked_as_vietnamese()
    {
        var backlinks = Backlinks("en/documents/15-ct-tw/");

        Assert.Equal(("Tháng 8, xuất khẩu tăng mạnh nhờ Chỉ thị số 15-CT/TW.", "vi"), backlinks[0].Sentences.Single());
        Assert.Equal(("The growth target of 6.5–7% follows Directive 15.", null), backlinks[2].Sentences.Single());
    }

    [Theory]
    [InlineData("vi", "Tại Hội nghị ngoại giao kinh tế 6 tháng cuối năm 2023, Thủ tướng Phạm Minh Chính yêu cầu các bộ triển khai ngay!")]
    [InlineData("en", "At Conference on economic diplomacy for the second half of 2023, Prime Minister Pham Minh Chinh asked ministries to act at once!")]
    public void An_annotation_without_text_is_quoted_with_the_entitys_name_in_the_pages_language(string lang, string sentence)
    {
        Assert.Equal(sentence, Backlinks($"{lang}/conferences/hoi-nghi-2023-07-03/").Single().Sentences.Single().Sentence);
        // The person is mentioned in the same sentence.
        Assert.Equal(sentence, Backlinks($"{lang}/people/pham-minh-chinh/").Single().Sentences.Single().Sentence);
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_entity_page_lists_exactly_the_articles_that_list_or_annotate_it(string lang)
    {
        var (linked, _) = fixture.Site.Link();
        foreach (var entity in linked!.Entities)
        {
            var primary = entity.Primary("vi");
            var expected = linked.Articles
                .Where(a => a.Primary("vi").Entities.Concat(a.Primary("vi").Conferences).Contains(primary.Id)
                    || (a.In(lang) ?? a.Primary("vi")).Body.Contains("[[" + primary.Id, StringComparison.Ordinal))
                .Select(a => $"/repo/{lang}/articles/{a.Key}/")
                .Order(StringComparer.Ordinal);

            var page = $"{lang}/{primary.Kind.Folder()}/{entity.Key}/";
            Assert.True(expected.SequenceEqual(Backlinks(page).Select(b => b.Href).Order(StringComparer.Ordinal)), $"backlinks of {page}");
        }
    }

    [Theory]
    [InlineData("vi/documents/quyet-dinh-9/", "Chưa có bài viết nào nhắc đến mục này.")]
    [InlineData("en/documents/quyet-dinh-9/", "No article mentions this entry yet.")]
    public void An_entity_no_article_mentions_says_so(string page, string text)
    {
        Assert.Empty(Backlinks(page));
        Assert.Contains(text, Built.Page(page).QuerySelector("section[aria-labelledby=mentions]")!.TextContent);
    }

    [Theory]
    [InlineData("en/documents/thong-bao-7/", "2023-07", "July 2023")]
    [InlineData("vi/documents/ke-hoach-5/", "2023", "2023")]
    [InlineData("en/documents/quyet-dinh-9/", "2022-12-30", "30 December 2022 (year inferred from context)")]
    [InlineData("vi/conferences/hoi-nghi-2024-04/", "2024-04", "tháng 4/2024")]
    public void An_entity_page_gives_its_date_at_its_precision(string page, string iso, string text)
    {
        var time = Built.Page(page).QuerySelector("dl.facts time")!;

        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Equal(text, time.TextContent);
    }

    [Fact]
    public void An_entity_page_links_its_related_entities_in_the_pages_language()
    {
        var facts = Built.Page("en/conferences/hoi-nghi-2023-07-03/").QuerySelectorAll("dl.facts dd a")
            .Select(a => (a.TextContent, a.GetAttribute("href")));

        Assert.Equal([("Pham Minh Chinh", "/repo/en/people/pham-minh-chinh/"), ("Ministry of Foreign Affairs", "/repo/en/organisations/bo-ngoai-giao/")], facts);
    }

    public static TheoryData<string, EntityKind> KindsAndLanguages()
    {
        var data = new TheoryData<string, EntityKind>();
        foreach (var lang in new[] { "vi", "en" })
            foreach (var kind in EntityKinds.All)
                data.Add(lang, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_index_of_a_kind_lists_every_entity_of_that_kind(string lang, EntityKind kind)
    {
        var contentKeys = Directory.EnumerateFiles(Path.Combine(fixture.Site.Root, "content", "vi", kind.Folder()), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        var listed = Built.Page($"{lang}/{kind.Folder()}/").QuerySelectorAll("ul.entity-index > li > a")
            .Select(a => Regex.Match(a.GetAttribute("href")!, $"^/repo/{lang}/{kind.Folder()}/([a-z0-9-]+)/$").Groups[1].Value)
            .Order(StringComparer.Ordinal);

        Assert.Equal(contentKeys, listed);
    }

    [Fact]
    public void The_index_names_entities_in_the_pages_language_in_alphabetical_order()
    {
        var names = Built.Page("en/documents/").QuerySelectorAll("ul.entity-index > li > a").Select(a => a.TextContent).ToList();

        Assert.Equal(
        [
            "Decision No. 9/QĐ-TTg", "Directive No. 15-CT/TW", "Directive No. 20/CT-TTg", "Export scheme",
            "Notice No. 7/TB-VPCP", "Plan No. 5/KH-BNG", "Smart border gate scheme",
        ], names);
    }

    private sealed class BacklinkComparer : IEqualityComparer<Backlink>
    {
        public bool Equals(Backlink? x, Backlink? y) =>
            x is not null && y is not null && x.Href == y.Href && x.Title == y.Title && x.Sentences.SequenceEqual(y.Sentences);

        public int GetHashCode(Backlink obj) => obj.Href.GetHashCode();
    }
}
