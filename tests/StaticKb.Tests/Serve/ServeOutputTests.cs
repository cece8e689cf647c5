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
