namespace StaticKb.Bench;

/// <summary>
/// The same content as a Hugo project, for <c>statickb bench build --hugo</c>: the layouts and configuration kept
/// in <c>generator/Bench/Hugo/</c>, and the corpus's Markdown files as they are. Entity pages name themselves with
/// <c>name</c>, may carry a year-only <c>date</c> ("2023") that Hugo cannot read as a date, and list their other
/// names as <c>aliases</c>, which Hugo would turn into redirect pages; for Hugo those keys become <c>title</c>,
/// <c>event_date</c> and <c>other_names</c>. Articles are copied byte for byte.
/// </summary>
public static class HugoProject
{
    public static void Create(string repoRoot, string corpusProject, string target)
    {
        var template = Path.Combine(repoRoot, "generator", "Bench", "Hugo");
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        var content = Path.Combine(corpusProject, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file);
            var to = Path.Combine(target, "content", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            var isArticle = relative.Split(Path.DirectorySeparatorChar)[1] == "articles";
            if (isArticle) File.Copy(file, to, overwrite: true);
            else File.WriteAllLines(to, File.ReadAllLines(file).Select(line =>
                line.StartsWith("date:", StringComparison.Ordinal) ? "event_date:" + line[5..]
                : line.StartsWith("name:", StringComparison.Ordinal) ? "title:" + line[5..]
                : line.StartsWith("aliases:", StringComparison.Ordinal) ? "other_names:" + line[8..] : line));
        }
    }
}
