using System.Text;

namespace StaticKb.Tests.Serve.Support;

/// <summary>
/// A small project in a fresh temporary folder: the fixture content of <c>Serve/Fixtures/site/</c> with the
/// repository's own templates/ and site.yml, so tests edit, break and fix files without touching anything shared.
/// </summary>
public sealed class ServeProject : IDisposable
{
    private ServeProject(string root) => Root = root;

    public string Root { get; }

    public static string RepoRoot => StaticKb.Tests.Support.RepoPaths.Root;

    public static ServeProject Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "statickb-serve-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        CopyTree(Path.Combine(RepoRoot, "tests", "StaticKb.Tests", "Serve", "Fixtures", "site"), root);
        CopyTree(Path.Combine(RepoRoot, "templates"), Path.Combine(root, "templates"));
        File.Copy(Path.Combine(RepoRoot, "site.yml"), Path.Combine(root, "site.yml"));
        return new ServeProject(root);
    }

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath));

    /// <summary>Saves a file as an editor would: UTF-8 without BOM, replacing the old bytes.</summary>
    public void Write(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relativePath))!);
        File.WriteAllText(Full(relativePath), text, new UTF8Encoding(false));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned up eventually.
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
