using System.Text;
using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// Runs tests/StaticKb.Tests/Index/node/harness.js with real lunr.js 2.3.9 from the repository's
/// node_modules (installed with npm ci when missing; if node or npm is missing the test fails, it is not skipped).
/// </summary>
internal static class NodeHarness
{
    public static readonly string RepoRoot = NodeScripts.RepoRoot();

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the input as JSON to a temp file, runs the harness command and parses what it prints.</summary>
    public static JsonElement Run(string command, object input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"statickb-{command}-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, input as string ?? JsonSerializer.Serialize(input), Utf8);
            var output = NodeScripts.RunNode(RepoRoot, Path.Combine("tests", "StaticKb.Tests", "Index", "node", "harness.js"), command, path);
            using var document = JsonDocument.Parse(output);
            return document.RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A file in a temp folder that is deleted with the returned handle.</summary>
    public static TempFile Temp(string contents) => new(contents);

    public sealed class TempFile : IDisposable
    {
        public TempFile(string contents)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"statickb-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, contents, Utf8);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
