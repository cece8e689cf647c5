using StaticKb.Bench;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Bench;

/// <summary>The disk's share of a build: every file of a site written again, counted, and the copy removed.</summary>
public class WriteFloorTests
{
    [Fact]
    public void Writes_every_file_of_the_site_again_and_leaves_no_copy()
    {
        using var folder = new TempFolder();
        var site = Path.Combine(folder.Path, "site");
        Directory.CreateDirectory(Path.Combine(site, "vi", "articles", "a"));
        Directory.CreateDirectory(Path.Combine(site, "assets", "search-vi-0123456789", "0"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html>");
        File.WriteAllText(Path.Combine(site, "vi", "articles", "a", "index.html"), "Bài viết");
        File.WriteAllBytes(Path.Combine(site, "assets", "search-vi-0123456789", "0", "0.json"), new byte[70_000]);
        File.WriteAllBytes(Path.Combine(site, ".nojekyll"), []);
        var copy = Path.Combine(folder.Path, "copy");

        Dictionary<string, byte[]>? copied = null;
        var result = WriteFloor.Measure(site, copy, beforeRemoving: dir => copied = Files(dir));

        Assert.Equal(Files(site).Keys, copied!.Keys);
        Assert.All(Files(site), f => Assert.Equal(f.Value, copied[f.Key]));
        Assert.Equal(4, result.Files);
        Assert.Equal(15 + "Bài viết"u8.Length + 70_000, result.Bytes);
        Assert.True(result.Seconds > 0);
        Assert.False(Directory.Exists(copy));
        Assert.True(File.Exists(Path.Combine(site, "vi", "articles", "a", "index.html")), "the site itself is left as it was");
    }

    private static Dictionary<string, byte[]> Files(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void Refuses_a_copy_folder_that_exists_already()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "site"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "copy"));
        File.WriteAllText(Path.Combine(folder.Path, "copy", "keep.txt"), "an editor's file");

        Assert.Throws<ArgumentException>(() => WriteFloor.Measure(Path.Combine(folder.Path, "site"), Path.Combine(folder.Path, "copy")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "copy", "keep.txt")));
    }
}
