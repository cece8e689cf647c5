using StaticKb.Diagnostics;

namespace StaticKb.Tests.Cli;

/// <summary>Diagnostics as people read them, and as GitHub Actions annotations on a pull request.</summary>
public class DiagnosticPrinterTests
{
    private static string Print(bool github, params Diagnostic[] diagnostics)
    {
        var writer = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.Print(diagnostics, writer, github);
        return writer.ToString();
    }

    [Fact]
    public void A_diagnostic_prints_as_path_line_column_severity_message_then_its_hint()
    {
        var text = Print(false,
            new Diagnostic(Severity.Error, new SourceLocation("content/vi/articles/a.md", 3, 7), "bad date", "write 2024-04-02"),
            new Diagnostic(Severity.Warning, new SourceLocation("site.yml", 1, 1), "odd"));

        Assert.Equal("content/vi/articles/a.md:3:7: error: bad date\n  hint: write 2024-04-02\nsite.yml:1:1: warning: odd\n", text);
    }

    [Fact]
    public void Under_github_actions_each_diagnostic_is_also_a_workflow_annotation()
    {
        var text = Print(true, new Diagnostic(Severity.Error, new SourceLocation("content/vi/a,b:c.md", 3, 7), "50% done\nnext line"));

        Assert.Equal("content/vi/a,b:c.md:3:7: error: 50% done\nnext line\n::error file=content/vi/a%2Cb%3Ac.md,line=3,col=7::50%25 done%0Anext line\n", text);
    }

    [Fact]
    public void The_bag_sorts_by_file_line_and_column_whatever_order_problems_were_found_in()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("b.md", 1, 1), "b");
        bag.Error(new SourceLocation("a.md", 10, 2), "a10");
        bag.Warning(new SourceLocation("a.md", 2, 5), "a2w");
        bag.Error(new SourceLocation("a.md", 2, 3), "a2");

        Assert.Equal(["a.md:2:3: error: a2", "a.md:2:5: warning: a2w", "a.md:10:2: error: a10", "b.md:1:1: error: b"], bag.Sorted().Select(d => d.ToString()));
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_a_run()
    {
        var bag = new DiagnosticBag();
        bag.Warning(new SourceLocation("a.md", 1, 1), "w");

        Assert.False(bag.HasErrors);
    }
}
