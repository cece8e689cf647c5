using System.CommandLine;

namespace StaticKb.Cli;

/// <summary>The command line: parses arguments, runs one command, and maps the outcome to an exit code.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("StaticKb: builds the bilingual knowledge base on Vietnam's economic diplomacy")
        {
            BuildCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            BenchCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"statickb: {error.Message}");
            stderr.WriteLine("Try 'statickb --help'.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
