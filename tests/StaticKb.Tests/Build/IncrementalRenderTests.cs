using StaticKb.Bench;
using StaticKb.Build;
using StaticKb.Publish;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// <c>statickb serve</c> re-renders only the pages an edited article body reaches (its own pages, the entity pages
/// quoting it, the timeline and status pages when what they list changed) and keeps the others; the site must still be exactly what a build
/// from nothing makes, with the same diagnostics.
/// </summary>
public class IncrementalRenderTests
{
    private const string Article = "content/vi/articles/bai-viet-00007.md";

    private static BuildOptions Options(string root) => new(root, "http://127.0.0.1:1313/", WriteOutput: false, FingerprintSearchFiles: false);

    private static void AssertSameAsFresh(string root, BuildResult incremental)
    {
        var fresh = SiteBuilder.Build(Options(root));
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.Equal(fresh.Files!.Select(f => f.Path), incremental.Files!.Select(f => f.Path));
        foreach (var (e, a) in fresh.Files!.Zip(incremental.Files!))
            Assert.True(e.Content.AsSpan().SequenceEqual(a.Content), $"{e.Path} differs between the incremental and a fresh build");
        Assert.Equal(fresh.Diagnostics, incremental.Diagnostics);
    }

    /// <summary>
    /// The knowledge fixture, one article per mentions page, its Vietnamese bulletin naming directive 15 (which the
    /// English one does not): the directive has four mentions pages in Vietnamese, three in English.
    /// </summary>
    private static FixtureSite BulletinNamingTheDirective()
    {
        var site = FixtureSite.Copy("knowledge");
        site.Write("site.yml", site.ReadText("site.yml").Replace("articles_per_page: 10", "articles_per_page: 10\nbacklinks_per_page: 1"));
        const string Vietnamese = "content/vi/articles/ban-tin-dac-biet.md";
        site.Write(Vietnamese, site.ReadText(Vietnamese).Replace("Bản tin ngắn.", "Bản tin ngắn về [[document/15-ct-tw|Chỉ thị 15]]."));
        return site;
    }

    private static string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files!.Single(f => f.Path == path).Content);

    [Fact]
    public void Editing_a_body_re_renders_only_the_pages_it_reaches()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 30, words: 200);
        var cache = new BuildCache();
        var first = SiteBuilder.Build(Options(project.Path), cache);
        Assert.True(first.Succeeded);
        var pages = cache.PagesRendered;

        var text = File.ReadAllText(Path.Combine(project.Path, Article));
        File.WriteAllText(Path.Combine(project.Path, Article), text + "\nMột đoạn mới về [[place/lang-son|Lạng Sơn]] và cửa khẩu thông minh.\n");
        cache.Invalidate([Article]);
        var edited = SiteBuilder.Build(Options(project.Path), cache);

        AssertSameAsFresh(project.Path, edited);
        Assert.InRange(cache.PagesRendered, 4, pages / 5);
        Assert.Contains("cửa khẩu thông minh", Html(edited, "vi/articles/bai-viet-00007/index.html"));
        // The new annotation puts the article on Lạng Sơn's page, with the sentence quoted.
        Assert.Contains("cửa khẩu thông minh", Html(edited, "vi/places/lang-son/index.html"));
    }

    [Fact]
    public void A_text_edit_that_changes_no_annotation_leaves_the_timeline_and_lists_alone()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 20, words: 200);
        var path = Path.Combine(project.Path, Article);
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(Options(project.Path), cache).Succeeded);
        cache.Prepare(); // as serve does while it waits for the first change
        // The first edit makes the English translation stale: the article's four pages and both status pages.
        File.WriteAllText(path, File.ReadAllText(path) + "\nMột câu.\n");
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
        Assert.Equal(6, cache.PagesRendered);
        // Quoting nothing differently, it reaches no other page: the rest of the site is taken without listing it.
        Assert.False(cache.PagesListed);

        File.WriteAllText(path, File.ReadAllText(path) + "\nThêm một câu nữa, không chú thích.\n");
        cache.Invalidate([Article]);
        var edited = SiteBuilder.Build(Options(project.Path), cache);

        AssertSameAsFresh(project.Path, edited);
        // Its two article pages and two parallel views; no entity page (the sentences they quote are the same), no
        // timeline, list or index page, and no status page: the translation went stale at the first edit already.
        Assert.Equal(4, cache.PagesRendered);
        Assert.False(cache.PagesListed);

        // Saved again as it is (an editor's autosave): nothing to render, nothing to list.
        File.WriteAllText(path, File.ReadAllText(path));
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
        Assert.Equal(0, cache.PagesRendered);
        Assert.False(cache.PagesListed);
    }

    [Fact]
    public void A_body_error_made_and_fixed_in_saves_that_list_no_page_is_reported_as_a_fresh_build_reports_it()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 12, words: 150);
        var path = Path.Combine(project.Path, Article);
        var original = File.ReadAllText(path);
        // Another article's translation no longer lines up with it: a warning every build must report again.
        const string other = "content/vi/articles/bai-viet-00003.md";
        File.WriteAllText(Path.Combine(project.Path, other), File.ReadAllText(Path.Combine(project.Path, other)) + "\n## Mục mới\n");
        var cache = new BuildCache();
        var first = SiteBuilder.Build(Options(project.Path), cache);
        Assert.Contains(first.Diagnostics, d => d.Location.Path.EndsWith("bai-viet-00003.md") && d.Message.Contains("does not line up"));

        File.WriteAllText(path, original + "\nXem [ở đây](javascript:alert(1)).\n");
        cache.Invalidate([Article]);
        var broken = SiteBuilder.Build(Options(project.Path), cache);
        Assert.False(cache.PagesListed);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Message.Contains("javascript:alert(1)"));
        Assert.Equal(SiteBuilder.Build(Options(project.Path)).Diagnostics, broken.Diagnostics);

        File.WriteAllText(path, original + "\nMột câu đúng.\n");
        cache.Invalidate([Article]);
        var fixedBuild = SiteBuilder.Build(Options(project.Path), cache);
        Assert.False(cache.PagesListed);
        AssertSameAsFresh(project.Path, fixedBuild);
        Assert.Contains(fixedBuild.Diagnostics, d => d.Location.Path.EndsWith("bai-viet-00003.md") && d.Message.Contains("does not line up"));
    }

    [Fact]
    public void Renaming_an_entity_renames_it_in_every_body_that_annotates_it()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 10, words: 150);
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(Options(project.Path), cache).Succeeded);
        const string entity = "content/en/places/lang-son.md";
        var path = Path.Combine(project.Path, entity);
        var text = File.ReadAllText(path);
        var name = System.Text.RegularExpressions.Regex.Match(text, "(?m)^name: (.+)$").Groups[1].Value.Trim();
        File.WriteAllText(path, text.Replace("name: " + name, "name: Lang Son Province (renamed)"));
        cache.Invalidate([entity]);

        var edited = SiteBuilder.Build(Options(project.Path), cache);

        AssertSameAsFresh(project.Path, edited);
        // Vietnamese bodies gloss the place with its English name.
        Assert.Contains(edited.Files!, f => f.Path.StartsWith("vi/articles/") && System.Text.Encoding.UTF8.GetString(f.Content).Contains("Lang Son Province (renamed)"));
    }

    [Fact]
    public void Annotating_a_document_in_a_body_puts_the_article_on_the_timeline_and_keeps_it_there()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 12, words: 150);
        var path = Path.Combine(project.Path, Article);
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(Options(project.Path), cache).Succeeded);
        Assert.DoesNotContain("articles/bai-viet-00007/", Html(SiteBuilder.Build(Options(project.Path), cache), "vi/timeline/documents/index.html"));

        File.WriteAllText(path, File.ReadAllText(path) + "\nTheo [[document/15-ct-tw|Chỉ thị 15-CT/TW]], ngoại giao kinh tế là nhiệm vụ trọng tâm.\n");
        cache.Invalidate([Article]);
        var annotated = SiteBuilder.Build(Options(project.Path), cache);
        AssertSameAsFresh(project.Path, annotated);
        Assert.Contains("articles/bai-viet-00007/", Html(annotated, "vi/timeline/documents/index.html"));

        // A later edit that leaves the annotations as they are keeps the timeline as it is.
        File.WriteAllText(path, File.ReadAllText(path) + "\nMột câu nữa.\n");
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
    }

    [Fact]
    public void Removing_an_annotation_takes_the_quote_off_the_entity_page()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 12, words: 200);
        var path = Path.Combine(project.Path, Article);
        var cache = new BuildCache();
        File.WriteAllText(path, File.ReadAllText(path) + "\nCâu riêng về [[place/lang-son|Lạng Sơn]] ở đây.\n");
        var first = SiteBuilder.Build(Options(project.Path), cache);
        Assert.Contains("Câu riêng về", Html(first, "vi/places/lang-son/index.html"));

        File.WriteAllText(path, File.ReadAllText(path).Replace("[[place/lang-son|Lạng Sơn]] ở đây", "Lạng Sơn ở đây"));
        cache.Invalidate([Article]);
        var edited = SiteBuilder.Build(Options(project.Path), cache);

        AssertSameAsFresh(project.Path, edited);
        Assert.DoesNotContain("Câu riêng về", Html(edited, "vi/places/lang-son/index.html"));
    }

    [Fact]
    public void A_front_matter_edit_or_a_body_error_and_its_fix_render_everything_they_must()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 10, words: 150);
        var path = Path.Combine(project.Path, Article);
        var original = File.ReadAllText(path);
        var cache = new BuildCache();
        var pages = SiteBuilder.Build(Options(project.Path), cache).Files!.Count(f => f.Path.EndsWith(".html"));

        File.WriteAllText(path, original.Replace("title: \"", "title: \"Mới: "));
        cache.Invalidate([Article]);
        var retitled = SiteBuilder.Build(Options(project.Path), cache);
        AssertSameAsFresh(project.Path, retitled);
        Assert.Equal(pages, cache.PagesRendered);

        File.WriteAllText(path, original + "\nXem [[person/khong-co-ai|ai đó]].\n");
        cache.Invalidate([Article]);
        var broken = SiteBuilder.Build(Options(project.Path), cache);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Message.Contains("khong-co-ai"));

        File.WriteAllText(path, original);
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
    }

    [Fact]
    public void Mentions_over_several_pages_move_when_a_body_starts_or_stops_naming_the_entity_and_stay_put_otherwise()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 30, words: 200);
        var siteYml = Path.Combine(project.Path, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("articles_per_page: 10", "articles_per_page: 10\nbacklinks_per_page: 2"));
        var path = Path.Combine(project.Path, Article);
        var original = File.ReadAllText(path);
        var cache = new BuildCache();
        var first = SiteBuilder.Build(Options(project.Path), cache);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Contains(first.Files!, f => f.Path == "vi/places/lang-son/page/2/index.html");
        Assert.DoesNotContain("bai-viet-00007/", string.Concat(first.Files!.Where(f => f.Path.StartsWith("vi/places/lang-son/")).Select(f => System.Text.Encoding.UTF8.GetString(f.Content))));

        // Starts naming Lạng Sơn: the article joins its mentions and the articles after it move a page on.
        File.WriteAllText(path, original + "\nMột đoạn mới về [[place/lang-son|Lạng Sơn]] và cửa khẩu thông minh.\n");
        cache.Invalidate([Article]);
        var named = SiteBuilder.Build(Options(project.Path), cache);
        AssertSameAsFresh(project.Path, named);
        Assert.Contains(named.Files!, f => f.Path.StartsWith("vi/places/lang-son/") && System.Text.Encoding.UTF8.GetString(f.Content).Contains("cửa khẩu thông minh"));

        // A text edit that names nothing new leaves every page of the entities alone: the sentences they quote are the same.
        File.WriteAllText(path, File.ReadAllText(path) + "\nMột câu không chú thích.\n");
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
        Assert.Equal(4, cache.PagesRendered);
        Assert.False(cache.PagesListed);

        // Rewording the quoted sentence makes again the one page of Lạng Sơn's mentions that quotes it (the English
        // translation does not name the place, so no English page quotes the article).
        File.WriteAllText(path, File.ReadAllText(path).Replace("và cửa khẩu thông minh", "và cửa khẩu số"));
        cache.Invalidate([Article]);
        var reworded = SiteBuilder.Build(Options(project.Path), cache);
        AssertSameAsFresh(project.Path, reworded);
        Assert.Equal(5, cache.PagesRendered);
        // The same place named in other words: its page is found from the last build's order, no page listed.
        Assert.False(cache.PagesListed);
        Assert.Contains(reworded.Files!, f => f.Path.StartsWith("vi/places/lang-son/") && System.Text.Encoding.UTF8.GetString(f.Content).Contains("cửa khẩu số"));

        // And back to the first words: the page is made again from what the last save recorded, not the build before.
        File.WriteAllText(path, File.ReadAllText(path).Replace("và cửa khẩu số", "và cửa khẩu thông minh"));
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
        Assert.Equal(5, cache.PagesRendered);
        Assert.False(cache.PagesListed);

        // Stops naming it: the pages close up again.
        File.WriteAllText(path, original);
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
    }

    [Fact]
    public void Mentions_added_across_the_site_one_save_at_a_time_keep_the_order_a_fresh_build_gives()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 24, words: 150);
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(Options(project.Path), cache).Succeeded);
        // Newest, oldest and middling articles alike: each new quote must land where the site's order puts it.
        foreach (var i in new[] { 3, 17, 9, 22, 0 })
        {
            var relative = $"content/vi/articles/bai-viet-{i:D5}.md";
            var path = Path.Combine(project.Path, relative);
            File.WriteAllText(path, File.ReadAllText(path) + $"\nCâu thứ {i} về [[place/lang-son|Lạng Sơn]] và [[document/15-ct-tw|Chỉ thị 15]].\n");
            cache.Invalidate([relative]);
            AssertSameAsFresh(project.Path, SiteBuilder.Build(Options(project.Path), cache));
        }
    }

    [Fact]
    public void A_body_edit_hands_over_the_articles_own_pages_first_exactly_as_the_build_makes_them()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 12, words: 150);
        var path = Path.Combine(project.Path, Article);
        var original = File.ReadAllText(path);
        var cache = new BuildCache();
        var handed = new List<List<OutputFile>>();
        var options = Options(project.Path) with { PagesFirst = files => handed.Add(files.ToList()) };
        Assert.True(SiteBuilder.Build(options, cache).Succeeded);
        Assert.Empty(handed); // the first build has no edit to show first

        File.WriteAllText(path, original + "\nMột đoạn mới về [[place/lang-son|Lạng Sơn]] và cửa khẩu thông minh.\n");
        cache.Invalidate([Article]);
        var edited = SiteBuilder.Build(options, cache);

        AssertSameAsFresh(project.Path, edited);
        var first = Assert.Single(handed);
        Assert.Equal(
            ["en/articles/bai-viet-00007/index.html", "en/articles/bai-viet-00007/parallel/index.html",
             "vi/articles/bai-viet-00007/index.html", "vi/articles/bai-viet-00007/parallel/index.html"],
            first.Select(f => f.Path).Order(StringComparer.Ordinal));
        var fresh = SiteBuilder.Build(Options(project.Path));
        foreach (var file in first)
            Assert.True(file.Content.AsSpan().SequenceEqual(fresh.Files!.Single(f => f.Path == file.Path).Content), $"{file.Path} differs from a fresh build's");
        Assert.Contains("cửa khẩu thông minh", System.Text.Encoding.UTF8.GetString(first.Single(f => f.Path == "vi/articles/bai-viet-00007/index.html").Content));
        // The entity page quoting the new sentence is not among them: it comes with the rest of the build.
        Assert.Contains("cửa khẩu thông minh", Html(edited, "vi/places/lang-son/index.html"));
    }

    [Fact]
    public void No_page_goes_first_after_a_front_matter_edit_or_when_the_edited_body_has_an_error()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 8, words: 150);
        var path = Path.Combine(project.Path, Article);
        var original = File.ReadAllText(path);
        var cache = new BuildCache();
        var handed = 0;
        IReadOnlyList<OutputFile> last = [];
        var options = Options(project.Path) with { PagesFirst = files => (handed, last) = (handed + 1, files) };
        Assert.True(SiteBuilder.Build(options, cache).Succeeded);

        // A new title changes lists, feeds and every page quoting it: nothing is shown ahead of them.
        File.WriteAllText(path, original.Replace("title: \"", "title: \"Mới: "));
        cache.Invalidate([Article]);
        AssertSameAsFresh(project.Path, SiteBuilder.Build(options, cache));
        Assert.Equal(0, handed);

        File.WriteAllText(path, original.Replace("title: \"", "title: \"Mới: ") + "\nXem [[person/khong-co-ai|ai đó]].\n");
        cache.Invalidate([Article]);
        var broken = SiteBuilder.Build(options, cache);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Message.Contains("khong-co-ai"));
        Assert.Equal(0, handed);

        // A draft is not published: what goes first after its body is edited are its translation's pages, unchanged.
        var draft = "---\ndraft: true\n" + original["---\n".Length..];
        File.WriteAllText(path, draft);
        cache.Invalidate([Article]);
        Assert.True(SiteBuilder.Build(options, cache).Succeeded);
        Assert.Equal(0, handed);
        File.WriteAllText(path, draft + "\nMột câu nháp.\n");
        cache.Invalidate([Article]);
        var edited = SiteBuilder.Build(options, cache);
        AssertSameAsFresh(project.Path, edited);
        Assert.DoesNotContain(last, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("Một câu nháp"));
        var fresh = SiteBuilder.Build(Options(project.Path));
        Assert.NotEmpty(last);
        Assert.All(last, f => Assert.True(f.Content.AsSpan().SequenceEqual(fresh.Files!.Single(e => e.Path == f.Path).Content), $"{f.Path} differs from a fresh build's"));
    }

    [Fact]
    public void A_reworded_quote_on_a_mentions_page_the_other_language_lacks_links_only_the_pages_that_exist()
    {
        using var site = BulletinNamingTheDirective();
        const string Vietnamese = "content/vi/articles/ban-tin-dac-biet.md";
        var cache = new BuildCache();
        var first = SiteBuilder.Build(Options(site.Root), cache);
        Assert.Contains(first.Files!, f => f.Path == "vi/documents/15-ct-tw/page/4/index.html");
        Assert.DoesNotContain(first.Files!, f => f.Path == "en/documents/15-ct-tw/page/4/index.html");

        // The same directive named in other words: Vietnamese page 4 quotes it again, with no English page 4 to link.
        site.Write(Vietnamese, site.ReadText(Vietnamese).Replace("Bản tin ngắn về", "Bản tin rất ngắn về"));
        cache.Invalidate([Vietnamese]);
        var reworded = SiteBuilder.Build(Options(site.Root), cache);
        AssertSameAsFresh(site.Root, reworded);
        Assert.False(cache.PagesListed);
        Assert.Contains("Bản tin rất ngắn về", Html(reworded, "vi/documents/15-ct-tw/page/4/index.html"));
        Assert.DoesNotContain("/en/documents/15-ct-tw/page/4/", Html(reworded, "vi/documents/15-ct-tw/page/4/index.html"));
    }

    [Fact]
    public void A_reworded_quote_of_an_untranslated_article_is_quoted_anew_on_both_languages_entity_pages()
    {
        using var site = FixtureSite.Copy("knowledge");
        const string Untranslated = "content/vi/articles/xuat-khau-thang-8.md";
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(Options(site.Root), cache).Succeeded);

        // Two entities named, one sentence reworded: the directive's page in each language quotes the Vietnamese
        // sentence anew (the English side shows the untranslated article's own words); the ministry's pages are kept.
        site.Write(Untranslated, site.ReadText(Untranslated).Replace("xuất khẩu tăng mạnh nhờ", "xuất khẩu tăng rất mạnh nhờ"));
        cache.Invalidate([Untranslated]);
        var reworded = SiteBuilder.Build(Options(site.Root), cache);
        AssertSameAsFresh(site.Root, reworded);
        Assert.False(cache.PagesListed);
        foreach (var lang in new[] { "vi", "en" })
            Assert.Contains("xuất khẩu tăng rất mạnh nhờ", Html(reworded, $"{lang}/documents/15-ct-tw/index.html"));
    }

    [Fact]
    public void A_kept_page_is_made_again_when_its_counterpart_in_the_other_language_comes_or_goes()
    {
        using var site = BulletinNamingTheDirective();
        const string English = "content/en/articles/ban-tin-dac-biet.md";
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(Options(site.Root), cache).Succeeded);

        // The English bulletin now names the directive too: English gets a fourth mentions page, which the
        // Vietnamese fourth page (nothing it lists changed) must now link to.
        site.Write(English, site.ReadText(English).Replace("A short bulletin.", "A short bulletin on [[document/15-ct-tw|Directive 15]]."));
        cache.Invalidate([English]);
        var added = SiteBuilder.Build(Options(site.Root), cache);
        AssertSameAsFresh(site.Root, added);
        Assert.Contains("/en/documents/15-ct-tw/page/4/", Html(added, "vi/documents/15-ct-tw/page/4/index.html"));

        site.Write(English, site.ReadText(English).Replace(" on [[document/15-ct-tw|Directive 15]]", ""));
        cache.Invalidate([English]);
        var removed = SiteBuilder.Build(Options(site.Root), cache);
        AssertSameAsFresh(site.Root, removed);
        Assert.DoesNotContain("/en/documents/15-ct-tw/page/4/", Html(removed, "vi/documents/15-ct-tw/page/4/index.html"));
    }
}
