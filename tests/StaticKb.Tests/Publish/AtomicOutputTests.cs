using System.Security.Cryptography;
using StaticKb.Diagnostics;
using StaticKb.Publish;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Publish;

/// <summary>
/// The output folder is replaced whole or not at all: a failed build leaves the previous site as it was, a folder
/// statickb did not make is never replaced, and a swap that a killed build left half done is repaired.
/// </summary>
public class AtomicOutputTests
{
    private static Dictionary<string, string> Snapshot(string dir)
    {
        var site = new BuiltSite(dir);
        return site.Files().ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(site.Bytes(f))));
    }

    /// <summary>Builds the site, breaks it, builds again: the build fails with <paramref name="error"/> and the first site is as it was.</summary>
    private static void AssertFailedBuildLeavesPreviousSite(Action<FixtureSite> breakIt, string error, bool strict = false)
    {
        using var site = FixtureSite.Copy("bilingual");
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputDir);
        breakIt(site);

        var result = StaticKb.Build.SiteBuilder.Build(new StaticKb.Build.BuildOptions(site.Root, Strict: strict));

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains(error, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(site.OutputDir));
        Assert.False(Directory.Exists(site.OutputDir + ".staging"));
    }

    [Fact]
    public void A_build_that_fails_leaves_the_previous_site_byte_identical() => AssertFailedBuildLeavesPreviousSite(
        site => site.Write("content/vi/articles/moi.md", "---\ntitle: Bài mới có lỗi\ndate: 2024-02-30\ntranslation_key: moi\n---\n"),
        "'2024-02-30' is not a real date");

    // Pages are written beside the old site as they are rendered: a failure found after that (a broken link in a
    // strict build, a template that fails on some pages) must still leave the old site as it was, and nothing behind.
    [Fact]
    public void A_build_that_fails_after_writing_pages_leaves_the_previous_site_byte_identical() => AssertFailedBuildLeavesPreviousSite(
        site => site.Write("content/vi/articles/ket-qua-nam-2024.md",
            site.ReadText("content/vi/articles/ket-qua-nam-2024.md") + "\n\nXem [trang không có](/vi/khong-co-trang-nay/).\n"),
        "khong-co-trang-nay", strict: true);

    [Fact]
    public void A_build_whose_template_fails_on_some_pages_leaves_the_previous_site_byte_identical() => AssertFailedBuildLeavesPreviousSite(
        site => site.Write("templates/pages/topic.html", "{{ topic.name | no_such_function }}"),
        "no_such_function");

    [Fact]
    public void A_successful_build_replaces_the_whole_previous_site()
    {
        using var site = FixtureSite.Copy("bilingual");
        Assert.True(site.Build().Succeeded);
        site.Delete("content/vi/articles/xuat-khau-thang-7.md");

        Assert.True(site.Build().Succeeded);

        var built = new BuiltSite(site.OutputDir);
        Assert.False(built.Exists("vi/articles/xuat-khau-thang-7/index.html"), "a page of deleted content survived the rebuild");
        Assert.True(built.Exists("vi/articles/trien-khai-chi-thi-15/index.html"));
        Assert.True(built.Exists(AtomicOutput.Marker));
        Assert.False(Directory.Exists(site.OutputDir + ".previous"));
        Assert.False(Directory.Exists(site.OutputDir + ".staging"));
    }

    // Two builds sharing one staging folder would delete each other's pages or swap in a mix of both sites.
    [Fact]
    public void A_second_build_into_the_same_folder_is_refused_while_the_first_writes_and_runs_once_it_is_done()
    {
        using var site = FixtureSite.Copy("bilingual");
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputDir);
        var first = new AtomicOutput(site.OutputDir).Begin(); // a build writing its pages
        var firstPage = "vi/articles/trien-khai-chi-thi-15/index.html";
        first.Write(firstPage, "<p>bản đang viết</p>"u8);

        var second = site.Build();

        Assert.Equal(["_site:1:1: error: another statickb build is writing the output folder '_site' (it holds '_site.lock' beside it)"],
            second.Diagnostics.Lines());
        Assert.Contains("--output", second.Diagnostics.Printed());
        Assert.Equal(before, Snapshot(site.OutputDir));
        Assert.Equal("<p>bản đang viết</p>", File.ReadAllText(Path.Combine(site.OutputDir + ".staging", firstPage)));

        first.Dispose();
        Assert.True(site.Build().Succeeded);
        Assert.Equal(before, Snapshot(site.OutputDir));
    }

    // A sharded index's shards are written before their folder has its name, then the folder is renamed.
    [Fact]
    public void A_folder_moved_in_the_staged_site_is_published_under_its_new_name_and_its_old_one_can_be_written_again()
    {
        using var folder = new TempFolder();
        var output = new AtomicOutput(Path.Combine(folder.Path, "_site"));
        using (var staged = output.Begin())
        {
            staged.Write("assets/.shards/vi/0/0.json", "{\"a\":1}"u8);
            staged.Write("assets/.shards/vi/0/0/1.json", "{\"b\":2}"u8);
            Assert.Throws<IOException>(() =>
            {
                staged.Write("assets/search-vi-0123456789/prefixes.json", "{}"u8);
                staged.MoveFolder("assets/.shards/vi", "assets/search-vi-0123456789"); // a name already taken
            });
            staged.DeleteFolder("assets/search-vi-0123456789");

            staged.MoveFolder("assets/.shards/vi", "assets/search-vi-0123456789");
            staged.Write("assets/search-vi-0123456789/prefixes.json", "{}"u8);
            staged.Write("assets/.shards/vi/0/0.json", "{}"u8); // its folders, forgotten with the move, are made again
            staged.DeleteFolder("assets/.shards");
            staged.Commit();
        }

        var site = Path.Combine(folder.Path, "_site");
        Assert.Equal(["assets/search-vi-0123456789/0/0.json", "assets/search-vi-0123456789/0/0/1.json", "assets/search-vi-0123456789/prefixes.json"],
            Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Where(f => f != AtomicOutput.Marker).Order(StringComparer.Ordinal));
        Assert.Equal("{\"b\":2}", File.ReadAllText(Path.Combine(site, "assets/search-vi-0123456789/0/0/1.json")));
    }

    [Fact]
    public void A_folder_not_made_by_statickb_is_never_replaced()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("_site/index.html", "<p>trang của tôi</p>");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(["_site:1:1: error: the output folder '_site' exists and was not made by statickb; refusing to replace it"], result.Diagnostics.Lines());
        Assert.Equal(["index.html"], new BuiltSite(site.OutputDir).Files());
        Assert.Equal("<p>trang của tôi</p>", site.ReadText("_site/index.html"));
    }

    [Fact]
    public void A_folder_given_with_output_is_protected_too()
    {
        using var site = FixtureSite.Copy("minimal");
        var documents = site.Outside("documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "thesis.docx"), "years of work");

        var result = site.Build(output: documents);

        Assert.False(result.Succeeded);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(documents, "thesis.docx")));
    }

    [Fact]
    public void An_empty_folder_may_become_the_output()
    {
        using var site = FixtureSite.Copy("minimal");
        Directory.CreateDirectory(site.OutputDir);

        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "vi", "index.html")));
    }

    [Fact]
    public void Prepare_puts_back_a_site_left_in_previous_by_a_killed_build()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputDir);
        Directory.Move(site.OutputDir, site.OutputDir + ".previous"); // killed between the two renames

        var ok = new AtomicOutput(site.OutputDir).Prepare("_site", new DiagnosticBag());

        Assert.True(ok);
        Assert.Equal(before, Snapshot(site.OutputDir));
        Assert.False(Directory.Exists(site.OutputDir + ".previous"));
    }

    [Fact]
    public void The_next_build_after_a_killed_swap_publishes_normally_and_cleans_up()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build().Succeeded);
        Directory.Move(site.OutputDir, site.OutputDir + ".previous");
        site.Write("_site.staging/half-written.html", "<p>nửa chừng</p>");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var built = new BuiltSite(site.OutputDir);
        Assert.True(built.Exists("vi/articles/xin-chao/index.html"));
        Assert.False(built.Exists("half-written.html"), "a leftover staging folder leaked into the site");
        Assert.False(Directory.Exists(site.OutputDir + ".previous"));
        Assert.False(Directory.Exists(site.OutputDir + ".staging"));
    }

    [Fact]
    public void A_build_killed_after_the_second_rename_is_cleaned_up_by_the_next()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build().Succeeded);
        FixtureSite.CopyTree(site.OutputDir, site.OutputDir + ".previous");

        Assert.True(site.Build().Succeeded);

        Assert.True(Directory.Exists(site.OutputDir));
        Assert.False(Directory.Exists(site.OutputDir + ".previous"));
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder()
    {
        using var site = FixtureSite.Copy("minimal");
        var output = new AtomicOutput(site.OutputDir);

        Assert.Throws<InvalidOperationException>(() => output.Write([new OutputFile("../escaped.html", [1])]));
        Assert.False(File.Exists(Path.Combine(site.Root, "escaped.html")));
    }

    [Fact]
    public void A_file_that_cannot_be_written_fails_as_a_file_error_and_the_previous_site_stays()
    {
        using var site = FixtureSite.Copy("bilingual");
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputDir);
        var output = new AtomicOutput(site.OutputDir);
        // "a" is needed as a folder for "a/b.html", so writing the file "a" fails; the files are written on several
        // threads, and the failure must still come out as the file error callers (statickb serve) handle.
        var files = Enumerable.Range(0, 200).Select(i => new OutputFile($"p{i}/index.html", [1]))
            .Append(new OutputFile("a/b.html", [2])).Append(new OutputFile("a", [3])).ToList();

        var error = Record.Exception(() => output.Write(files));

        Assert.True(error is IOException or UnauthorizedAccessException, $"threw {error?.GetType().Name ?? "nothing"}");
        Assert.Equal(before, Snapshot(site.OutputDir));
    }

    [Fact]
    public void Replacing_the_site_removes_a_symbolic_link_in_it_but_not_what_it_points_to()
    {
        using var site = FixtureSite.Copy("bilingual");
        using var elsewhere = new TempFolder();
        File.WriteAllText(Path.Combine(elsewhere.Path, "keep.txt"), "an editor's file");
        Assert.True(site.Build().Succeeded);
        Directory.CreateSymbolicLink(Path.Combine(site.OutputDir, "media"), elsewhere.Path);

        Assert.True(site.Build().Succeeded);

        Assert.True(File.Exists(Path.Combine(elsewhere.Path, "keep.txt")), "the file the link pointed to was deleted");
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "media")));
    }
}
