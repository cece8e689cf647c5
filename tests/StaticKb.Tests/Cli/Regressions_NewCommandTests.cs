using StaticKb.Cli;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Cli;

/// <summary>Regression tests for fixed bugs of <c>statickb new</c>.</summary>
public class Regressions_NewCommandTests
{
    private static int Run(params string[] args) => CliApp.Run(args, new StringWriter(), new StringWriter());

    /// <summary>
    /// NewCommand.NewArticle (generator/Cli/NewCommand.cs, line 44) writes an example annotation
    /// <c>[[document/15-ct-tw|Chỉ thị số 15-CT/TW]]</c> into the new article's body. On any site without that entity
    /// (a new project, a fixture) the very next build fails with "annotation names an unknown entity
    /// 'document/15-ct-tw'", so the command does not give "something the build accepts". Fix: keep the example out
    /// of the body (e.g. a YAML comment in the front matter: <c># Đánh dấu thực thể: [[kind/key|chữ hiển thị]]</c>),
    /// or use an entity the site has.
    /// </summary>
    [Fact]
    public void A_new_article_builds_on_a_site_without_directive_15()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.Equal(ExitCodes.Success, Run("new", "article", "-C", site.Root, "bai-moi"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
    }

    /// <summary>
    /// NewCommand.NewTranslation (generator/Cli/NewCommand.cs, lines 75-78) drops the line <c>aliases:</c> but keeps
    /// the list items under it, so for an entity written as the importer and the editors write them
    /// (<c>aliases:</c> then <c>- …</c> lines, e.g. content/vi/documents/15-ct-tw.md) the draft's front matter is
    /// invalid YAML ("did not find expected key") and the build fails on the draft. Fix: remove keys by parsing the
    /// front matter (YamlDotNet's representation model) rather than by line prefix, or also skip the following lines
    /// that start with '-' or whitespace.
    /// </summary>
    [Fact]
    public void A_translation_draft_of_an_entity_with_aliases_builds()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/documents/15-ct-tw.md", """
            ---
            name: Chỉ thị số 15-CT/TW
            translation_key: 15-ct-tw
            aliases:
            - Chỉ thị 15-CT/TW
            - Chỉ thị số 15
            doc_type: Chỉ thị
            number: 15-CT/TW
            date: '2022-08-10'
            ---
            Chỉ thị số 15-CT/TW ngày 10/8/2022 của Ban Bí thư.

            """);
        Assert.Equal(ExitCodes.Success, Run("new", "translation", "-C", site.Root, "content/vi/documents/15-ct-tw.md"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
    }
}
