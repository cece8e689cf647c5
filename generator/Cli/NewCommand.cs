using System.CommandLine;
using StaticKb.Link;
using StaticKb.Load;

namespace StaticKb.Cli;

/// <summary>
/// <c>statickb new article &lt;slug&gt;</c> and <c>statickb new translation &lt;path&gt;</c>: files with correct front
/// matter, so editors start from something the build accepts. Existing files are never overwritten.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("new", "Create a new article, or the English translation of one");

        var project = CommonOptions.Project();
        var slug = new Argument<string>("slug") { Description = "The article's key: lower-case ASCII words joined by '-'" };
        var article = new Command("article", "Create content/vi/articles/<slug>.md") { project, slug };
        article.SetAction(parse => NewArticle(parse.GetValue(project)!.FullName, parse.GetValue(slug)!, stdout, stderr));
        command.Subcommands.Add(article);

        var project2 = CommonOptions.Project();
        var source = new Argument<string>("path") { Description = "The Vietnamese file to translate, e.g. content/vi/articles/<slug>.md" };
        var translation = new Command("translation", "Create the English draft of a Vietnamese article or entity") { project2, source };
        translation.SetAction(parse => NewTranslation(parse.GetValue(project2)!.FullName, parse.GetValue(source)!, stdout, stderr));
        command.Subcommands.Add(translation);
        return command;
    }

    private static int NewArticle(string root, string slug, TextWriter stdout, TextWriter stderr)
    {
        if (!ContentRules.IsSlug(slug))
        {
            stderr.WriteLine($"statickb: '{slug}' is not a slug: use lower-case ASCII letters and digits joined by '-' (e.g. hoi-nghi-ngoai-giao-kinh-te-2025)");
            return ExitCodes.Usage;
        }
        var relative = $"content/vi/articles/{slug}.md";
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var text = $"""
            ---
            title: "Tiêu đề bài viết"
            date: {today}
            source: ""
            translation_key: {slug}
            summary: ""
            entities: []
            # Trong bài, đánh dấu thực thể như [[document/15-ct-tw|Chỉ thị số 15-CT/TW]] (xem README).
            ---
            Đoạn mở đầu.

            """;
        return Create(root, relative, text, stdout, stderr);
    }

    private static int NewTranslation(string root, string sourcePath, TextWriter stdout, TextWriter stderr)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(sourcePath, root)).Replace('\\', '/');
        var parts = relative.Split('/');
        if (parts.Length != 4 || parts[0] != "content" || parts[1] != "vi" || !File.Exists(Path.Combine(root, relative)))
        {
            stderr.WriteLine($"statickb: '{sourcePath}' is not a Vietnamese content file (content/vi/<section>/<key>.md)");
            return ExitCodes.Usage;
        }
        var diagnostics = new Diagnostics.DiagnosticBag();
        var text = ContentFileReader.Read(Path.Combine(root, relative), relative, diagnostics);
        var split = text is null ? null : FrontMatterSplitter.Split(relative, text, diagnostics);
        if (split is null)
        {
            Diagnostics.DiagnosticPrinter.Print(diagnostics.Sorted(), stderr, false);
            return ExitCodes.ContentErrors;
        }
        // The draft keeps the source's front matter (to be translated) and records which version of the source it
        // translates; it stays unpublished (draft: true) until the translator removes that line.
        var frontMatter = WithoutKeys(split.FrontMatter, "import", "aliases", "source_hash", "needs_review");
        var draft = $"---\n{frontMatter.TrimEnd()}\nsource_hash: \"{ContentHash.Of(split.Body)}\"\ndraft: true\n---\n{split.Body}";
        return Create(root, $"content/en/{parts[2]}/{parts[3]}", draft, stdout, stderr);
    }

    // Drops top-level keys with everything that belongs to them (indented lines and list items that follow).
    private static string WithoutKeys(string yaml, params string[] keys)
    {
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in yaml.Split('\n'))
        {
            var topLevel = line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('-') && !line.StartsWith('#');
            if (topLevel) skipping = keys.Any(k => line.StartsWith(k + ":", StringComparison.Ordinal));
            if (!skipping) kept.Add(line);
        }
        return string.Join('\n', kept);
    }

    private static int Create(string root, string relative, string text, TextWriter stdout, TextWriter stderr)
    {
        var full = Path.Combine(root, relative);
        if (File.Exists(full))
        {
            stderr.WriteLine($"statickb: {relative} already exists; not overwriting it");
            return ExitCodes.ContentErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        stdout.WriteLine($"created {relative}");
        return ExitCodes.Success;
    }
}
