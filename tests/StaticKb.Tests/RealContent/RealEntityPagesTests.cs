using System.Text.RegularExpressions;
using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.RealContent;

/// <summary>
/// The knowledge in the repository's own content (issue 4, "done when"): every entity page exists in both languages,
/// and the rendered articles link every mention of a known entity to its page.
/// </summary>
[Collection(RealSiteCollection.Name)]
public partial class RealEntityPagesTests(BuiltRealSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private static string ContentDir => Path.Combine(RepoPaths.Root, "content");

    public static TheoryData<string> EntityFolders() => new(EntityKinds.All.Select(k => k.Folder()));

    [Theory]
    [MemberData(nameof(EntityFolders))]
    public void Every_entity_has_a_page_in_vietnamese_and_in_english(string folder)
    {
        var keys = Keys(Path.Combine(ContentDir, "vi", folder)).Union(Keys(Path.Combine(ContentDir, "en", folder))).ToList();

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.True(Built.Exists($"vi/{folder}/{key}/index.html"), $"vi/{folder}/{key}/");
            Assert.True(Built.Exists($"en/{folder}/{key}/index.html"), $"en/{folder}/{key}/");
        }
    }

    [Theory]
    [MemberData(nameof(EntityFolders))]
    public void The_index_of_each_kind_lists_all_its_entities(string folder)
    {
        var keys = Keys(Path.Combine(ContentDir, "vi", folder));

        foreach (var lang in new[] { "vi", "en" })
        {
            var listed = Built.Page($"{lang}/{folder}/").QuerySelectorAll("ul.entity-index > li > a")
                .Select(a => a.GetAttribute("href")!["/statickb/".Length..].Split('/')[2])
                .Order(StringComparer.Ordinal);
            Assert.Equal(keys, listed);
        }
    }

    public static TheoryData<string, string> Articles()
    {
        var data = new TheoryData<string, string>();
        foreach (var lang in new[] { "vi", "en" })
            foreach (var key in Keys(Path.Combine(ContentDir, lang, "articles")))
                data.Add(lang, key);
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_annotation_of_an_article_links_to_the_entitys_page_in_the_readers_language(string lang, string key)
    {
        var source = File.ReadAllText(Path.Combine(ContentDir, lang, "articles", key + ".md"));
        var body = source[(source.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        var annotated = Annotation().Matches(body).Select(m => m.Groups["id"].Value).ToList();

        var links = Built.Page($"{lang}/articles/{key}/").QuerySelectorAll(".article-body a.entity").ToList();

        Assert.NotEmpty(annotated);
        Assert.Equal(annotated.Select(id => $"/statickb/{lang}/{EntityKinds.FromId(id.Split('/')[0])!.Value.Folder()}/{id.Split('/')[1]}/"),
            links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.True(Built.Exists(a.GetAttribute("href")!["/statickb/".Length..] + "index.html"), a.OuterHtml));
        Assert.All(links, a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("data-gloss")), a.OuterHtml));
        Assert.DoesNotContain("[[", Built.Page($"{lang}/articles/{key}/").QuerySelector(".article-body")!.TextContent);
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_entity_page_lists_each_article_that_lists_or_annotates_the_entity(string lang)
    {
        foreach (var entity in fixture.Linked.Entities)
        {
            var primary = entity.Primary("vi");
            var expected = fixture.Linked.Articles
                .Where(a => a.Primary("vi").Entities.Concat(a.Primary("vi").Conferences).Contains(primary.Id)
                    || (a.In(lang) ?? a.Primary("vi")).Body.Contains("[[" + primary.Id + "|", StringComparison.Ordinal)
                    || (a.In(lang) ?? a.Primary("vi")).Body.Contains("[[" + primary.Id + "]]", StringComparison.Ordinal))
                .Select(a => $"/statickb/{lang}/articles/{a.Key}/")
                .Order(StringComparer.Ordinal)
                .ToList();

            var page = $"{lang}/{primary.Kind.Folder()}/{entity.Key}/";
            var listed = Built.Page(page).QuerySelectorAll("ol.backlinks > li > a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(listed), $"{page}: expected {string.Join(", ", expected)} but got {string.Join(", ", listed)}");
        }
    }

    [Fact]
    public void Each_backlink_of_an_annotated_entity_quotes_a_sentence_that_names_it()
    {
        var backlinks = Built.Page("en/documents/15-ct-tw/").QuerySelectorAll("ol.backlinks > li").ToList();

        Assert.NotEmpty(backlinks);
        var quotes = backlinks.SelectMany(li => li.QuerySelectorAll("blockquote")).Select(q => q.TextContent.Trim()).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Matches(@"15|Directive", q));
        Assert.All(quotes, q => Assert.Matches(@"[.!?…”""]$", q));
    }

    private static List<string> Keys(string dir) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
            : [];

    [GeneratedRegex(@"\[\[(?<id>[a-z]+/[a-z0-9-]+)(\|[^\]\n]*)?\]\]")]
    private static partial Regex Annotation();
}
