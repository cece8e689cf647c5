using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// Input that must never break the published site: a huge file, binary files in content/, includes or keys that
/// try to leave their folder. Each is a clear diagnostic, and the site built before is left exactly as it was
/// (no partial output, no staging folder left behind). The diagnostics themselves are pinned in
/// <c>Fixtures/sites/invalid/&lt;case&gt;/expected-diagnostics.txt</c> (see Load/InvalidContentTests.cs).
/// </summary>
public class BadInputTests(BadInputTests.BuiltMinimal built) : IClassFixture<BadInputTests.BuiltMinimal>
{
    /// <summary>The minimal site built once; each test starts from a copy of it, output included.</summary>
    public sealed class BuiltMinimal : IDisposable
    {
        public BuiltMinimal()
        {
            var result = Site.Build();
            Assert.True(result.Succeeded, result.Diagnostics.Printed());
        }

        public FixtureSite Site { get; } = FixtureSite.Copy("minimal");

        public void Dispose() => Site.Dispose();
    }

    private (FixtureSite Site, IReadOnlyDictionary<string, string> Before) BuiltMinimalSite()
    {
        var site = FixtureSite.Copy("minimal");
        FixtureSite.CopyTree(built.Site.OutputDir, site.OutputDir);
        return (site, OutputSnapshot.Of(site.OutputDir));
    }

    private static void AssertOutputUntouched(FixtureSite site, IReadOnlyDictionary<string, string> before)
    {
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDir));
        Assert.False(Directory.Exists(site.OutputDir + ".staging"), "a staging folder was left behind");
        Assert.False(Directory.Exists(site.OutputDir + ".previous"), "a previous-site folder was left behind");
    }

    [Theory]
    [InlineData("png-in-content", "content/vi/articles/bieu-do.png:1:1: error: only Markdown (.md) files belong in content/")]
    [InlineData("binary-markdown", "content/vi/articles/bieu-do.md:3:1: error: the file contains binary data (a NUL byte); only Markdown text belongs in content/")]
    [InlineData("include-outside-partials", "templates/pages/search.html:2:9: error: template error while rendering vi/search/: include '../../../etc/passwd' points outside templates/partials/")]
    [InlineData("include-absolute-path", "templates/pages/search.html:2:9: error: template error while rendering vi/search/: include '/etc/passwd' points outside templates/partials/")]
    [InlineData("traversal-in-translation-key", "content/vi/articles/duong-dan.md:4:1: error: translation_key '../../etc/passwd' must be a slug: lower-case ASCII letters and digits joined by '-'")]
    [InlineData("dots-in-file-name", "content/vi/articles/bai..viet.md:1:1: error: file name 'bai..viet' is not a slug: use lower-case ASCII letters and digits joined by '-'")]
    public void Bad_input_is_reported_and_the_previous_site_stays_as_it_was(string @case, string diagnostic)
    {
        var (site, before) = BuiltMinimalSite();
        using var _ = site;
        site.Overlay($"invalid/{@case}");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Null(result.OutputDir);
        Assert.Contains(diagnostic, result.Diagnostics.Lines());
        AssertOutputUntouched(site, before);
    }

    /// <summary>
    /// An error found before the pages are rendered does not hide those that rendering finds: the build still renders
    /// every page, writes none, and reports both.
    /// </summary>
    [Fact]
    public void An_error_found_before_rendering_and_one_found_while_rendering_are_both_reported()
    {
        var (site, before) = BuiltMinimalSite();
        using var _ = site;
        site.Overlay("invalid/png-in-content");
        site.Overlay("invalid/include-outside-partials");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains("content/vi/articles/bieu-do.png:1:1: error: only Markdown (.md) files belong in content/", result.Diagnostics.Lines());
        Assert.Contains("templates/pages/search.html:2:9: error: template error while rendering vi/search/: include '../../../etc/passwd' points outside templates/partials/",
            result.Diagnostics.Lines());
        AssertOutputUntouched(site, before);
    }

    [Fact]
    public void A_50_mb_content_file_is_refused_without_being_read()
    {
        var (site, before) = BuiltMinimalSite();
        using var _ = site;
        var path = Path.Combine(site.Root, "content", "vi", "articles", "rat-lon.md");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            var head = "---\ntitle: Rất lớn\ndate: 2024-04-02\ntranslation_key: rat-lon\n---\n"u8.ToArray();
            file.Write(head);
            var line = System.Text.Encoding.UTF8.GetBytes(new string('a', 1023) + "\n");
            while (file.Length < 50L * 1024 * 1024) file.Write(line);
        }

        var result = site.Build();

        Assert.Equal(["content/vi/articles/rat-lon.md:1:1: error: the file is 50 MB; content files may be at most 5 MB"], result.Diagnostics.Lines());
        AssertOutputUntouched(site, before);
    }

    [Fact]
    public void Traversal_in_an_annotation_or_a_front_matter_reference_is_an_unknown_entity_not_a_path()
    {
        var (site, before) = BuiltMinimalSite();
        using var _ = site;
        site.Write("content/vi/articles/xin-chao.md",
            "---\ntitle: Xin chào\ndate: 2024-04-02\ntranslation_key: xin-chao\nentities: [document/../../../etc/passwd]\n---\nXem [[document/../../etc/passwd]].\n");

        var result = site.Build();

        Assert.Equal(
        [
            "content/vi/articles/xin-chao.md:5:12: error: front matter lists an unknown entity 'document/../../../etc/passwd'",
            "content/vi/articles/xin-chao.md:7:5: error: annotation names an unknown entity 'document/../../etc/passwd'",
        ], result.Diagnostics.Lines());
        AssertOutputUntouched(site, before);
    }
}
