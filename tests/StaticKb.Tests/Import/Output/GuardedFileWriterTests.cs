using StaticKb.Import;
using StaticKb.Import.Output;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Output;

public class GuardedFileWriterTests
{
    private static string Generated(string body) => OutputHash.Stamp($"---\ntitle: \"T\"\nimport:\n  seed: seeds/a.txt\n---\n{body}\n");

    [Fact]
    public void Creates_then_leaves_an_unchanged_file_untouched_then_updates_it()
    {
        using var project = new TempProject();
        var path = project.PathOf("content/vi/articles/a.md");

        Assert.Equal(ImportAction.Created, GuardedFileWriter.Write(path, Generated("một"), dryRun: false).Action);
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));

        Assert.Equal(ImportAction.Unchanged, GuardedFileWriter.Write(path, Generated("một"), dryRun: false).Action);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));

        Assert.Equal(ImportAction.Updated, GuardedFileWriter.Write(path, Generated("hai"), dryRun: false).Action);
        Assert.Equal(Generated("hai"), File.ReadAllText(path));
    }

    [Fact]
    public void Never_overwrites_an_edited_file()
    {
        using var project = new TempProject();
        var path = project.PathOf("a.md");
        GuardedFileWriter.Write(path, Generated("một"), dryRun: false);
        var edited = File.ReadAllText(path).Replace("một", "một, sửa bởi biên tập viên");
        File.WriteAllText(path, edited);

        var (action, reason) = GuardedFileWriter.Write(path, Generated("hai"), dryRun: false);
        Assert.Equal(ImportAction.SkippedEdited, action);
        Assert.Contains("edited", reason);
        Assert.Equal(edited, File.ReadAllText(path));
    }

    [Fact]
    public void Never_overwrites_a_file_written_by_hand()
    {
        using var project = new TempProject();
        var path = project.PathOf("a.md");
        File.WriteAllText(path, "---\ntitle: \"Viết tay\"\n---\nNội dung.\n");
        Assert.Equal(ImportAction.SkippedEdited, GuardedFileWriter.Write(path, Generated("x"), dryRun: false).Action);
        Assert.Equal("---\ntitle: \"Viết tay\"\n---\nNội dung.\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_dry_run_writes_nothing()
    {
        using var project = new TempProject();
        var path = project.PathOf("content/a.md");
        Assert.Equal(ImportAction.Created, GuardedFileWriter.Write(path, Generated("x"), dryRun: true).Action);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Leaves_no_temporary_files_behind()
    {
        using var project = new TempProject();
        var path = project.PathOf("content/a.md");
        GuardedFileWriter.Write(path, Generated("x"), dryRun: false);
        GuardedFileWriter.Write(path, Generated("y"), dryRun: false);
        Assert.Equal(["a.md"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }
}
