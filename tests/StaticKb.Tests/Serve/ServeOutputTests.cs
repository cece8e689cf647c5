using System.Text;
using StaticKb.Publish;
using StaticKb.Serve;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

public sealed class ServeOutputTests
{
    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void After_the_first_build_only_changed_files_are_written_and_vanished_ones_deleted()
    {
        using var project = ServeProject.Create();
        var output = new ServeOutput(project.Full("_site.serve"), "_site.serve");
        Assert.True(output.Prepare(new StaticKb.Diagnostics.DiagnosticBag()));
        Assert.Equal(3, output.Publish([File("index.html", "a"), File("vi/index.html", "b"), File("old.html", "c")]).Count);
        Assert.True(System.IO.File.Exists(project.Full("_site.serve/.statickb-output")));
        var untouched = System.IO.File.GetLastWriteTimeUtc(project.Full("_site.serve/index.html"));
        System.IO.File.SetLastWriteTimeUtc(project.Full("_site.serve/index.html"), untouched.AddDays(-1));

        var written = output.Publish([File("index.html", "a"), File("vi/index.html", "B"), File("en/index.html", "new")]);

        Assert.Equal(["vi/index.html", "en/index.html", "old.html"], written);
        Assert.Equal(untouched.AddDays(-1), System.IO.File.GetLastWriteTimeUtc(project.Full("_site.serve/index.html")));
        Assert.Equal("B", Encoding.UTF8.GetString(output.Read("vi/index.html")!));
        Assert.Equal("new", System.IO.File.ReadAllText(project.Full("_site.serve/en/index.html")));
        Assert.False(System.IO.File.Exists(project.Full("_site.serve/old.html")));
        Assert.Null(output.Read("old.html"));
        Assert.Empty(Directory.EnumerateFiles(project.Full("_site.serve"), "*.statickb-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_same_files_published_again_write_nothing_and_a_page_shown_first_and_taken_back_is_written_with_the_next_build()
    {
        using var project = ServeProject.Create();
        var output = new ServeOutput(project.Full("_site.serve"), "_site.serve");
        Assert.True(output.Prepare(new StaticKb.Diagnostics.DiagnosticBag()));
        var home = File("index.html", "home");
        var page = File("vi/a/index.html", "a1");
        output.Publish([home, page]);

        // A save that listed the same pages hands over the very same files: nothing to write.
        Assert.Empty(output.Publish([home, page]));

        // A page shown first and taken back (the build failed) is on disk as it was; the next build that changes it writes it.
        output.PublishFirst([File("vi/a/index.html", "a2")]);
        output.TakeBackFirst();
        Assert.Equal("a1", Encoding.UTF8.GetString(output.Read("vi/a/index.html")!));
        Assert.Empty(output.Publish([home, page]));
        var a3 = File("vi/a/index.html", "a3");
        Assert.Equal(["vi/a/index.html"], output.Publish([home, a3]));
        Assert.Equal("a3", System.IO.File.ReadAllText(project.Full("_site.serve/vi/a/index.html")));
        // Another version shown first, then the very file published last time handed over again: it is written back.
        output.PublishFirst([File("vi/a/index.html", "a5")]);
        Assert.Equal(["vi/a/index.html"], output.Publish([home, a3]));
        Assert.Equal("a3", System.IO.File.ReadAllText(project.Full("_site.serve/vi/a/index.html")));
        // The same files in another order are compared by path, as any other files.
        Assert.Equal(["vi/a/index.html"], output.Publish([File("vi/a/index.html", "a4"), home]));
    }

    [Fact]
    public void Pages_published_first_are_not_written_again_with_the_build_and_a_failed_build_takes_them_back()
    {
        using var project = ServeProject.Create();
        var output = new ServeOutput(project.Full("_site.serve"), "_site.serve");
        Assert.True(output.Prepare(new StaticKb.Diagnostics.DiagnosticBag()));
        output.Publish([File("index.html", "home"), File("vi/a/index.html", "a1")]);

        Assert.Equal(["vi/a/index.html"], output.PublishFirst([File("vi/a/index.html", "a2")]));
        Assert.Equal("a2", Encoding.UTF8.GetString(output.Read("vi/a/index.html")!));
        // The build's own publish writes only what else changed.
        Assert.Equal(["index.html"], output.Publish([File("index.html", "home2"), File("vi/a/index.html", "a2")]));

        // The next build shows a changed page and a new one first, then fails: the last good site comes back whole.
        Assert.Equal(["vi/a/index.html", "vi/b/index.html"], output.PublishFirst([File("vi/a/index.html", "a3"), File("vi/b/index.html", "b")]));
        Assert.Equal("a3", Encoding.UTF8.GetString(output.Read("vi/a/index.html")!));
        output.TakeBackFirst();
        Assert.Equal("a2", Encoding.UTF8.GetString(output.Read("vi/a/index.html")!));
        Assert.Null(output.Read("vi/b/index.html"));
        // And the build after that compares with what is on disk again.
        Assert.Equal(["vi/a/index.html"], output.Publish([File("index.html", "home2"), File("vi/a/index.html", "a4")]));
    }

    [Fact]
    public void Reads_never_leave_the_output_folder()
    {
        using var project = ServeProject.Create();
        var output = new ServeOutput(project.Full("_site.serve"), "_site.serve");
        output.Publish([File("index.html", "a")]);
        Assert.Null(output.Read("../site.yml"));
        Assert.Null(output.Read("vi/../../site.yml"));
        Assert.Null(output.Read(".statickb-output"));
        Assert.Null(output.Read("/etc/passwd"));
        Assert.Null(output.Read("..\\site.yml"));
    }

    [Fact]
    public void A_folder_not_made_by_statickb_is_not_replaced()
    {
        using var project = ServeProject.Create();
        project.Write("_site.serve/precious.txt", "mine");
        var diagnostics = new StaticKb.Diagnostics.DiagnosticBag();
        Assert.False(new ServeOutput(project.Full("_site.serve"), "_site.serve").Prepare(diagnostics));
        Assert.Contains("was not made by statickb", Assert.Single(diagnostics.Sorted()).Message);
    }
}
