using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Writes the new site beside the old one and swaps the folders only when everything was written, so readers
/// and <c>statickb serve</c> see either the previous site or the new one, never a mix. A build killed between
/// the two renames leaves the previous site in <c>&lt;output&gt;.previous</c>, and the next build puts it back
/// before doing anything else.
/// </summary>
public sealed class AtomicOutput
{
    /// <summary>Marks a folder as made by StaticKb, so it is safe to replace; we never delete a folder without it.</summary>
    public const string Marker = ".statickb-output";

    private readonly string _output;

    public AtomicOutput(string outputDir) => _output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);

    private string Previous => _output + ".previous";

    private string Staging => _output + ".staging";

    /// <summary>Puts back the previous site if a build was killed between the two renames of the swap.</summary>
    public void Repair()
    {
        if (!Directory.Exists(_output) && Directory.Exists(Previous)) Directory.Move(Previous, _output);
    }

    /// <summary>Checks the output folder can be replaced (after repairing a half-done swap).</summary>
    public bool Prepare(string displayName, DiagnosticBag diagnostics)
    {
        Repair();
        if (Directory.Exists(_output) && !File.Exists(Path.Combine(_output, Marker)) && Directory.EnumerateFileSystemEntries(_output).Any())
        {
            diagnostics.Error(SourceLocation.File(displayName), $"the output folder '{displayName}' exists and was not made by statickb; refusing to replace it",
                "choose another folder with --output, or empty this one");
            return false;
        }
        return true;
    }

    public void Write(IEnumerable<OutputFile> files)
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        Directory.CreateDirectory(Staging);
        var root = Staging + Path.DirectorySeparatorChar;
        foreach (var file in files)
        {
            var target = Path.GetFullPath(Path.Combine(Staging, file.Path));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
        File.WriteAllText(Path.Combine(Staging, Marker), "");
        Swap();
    }

    private void Swap()
    {
        if (Directory.Exists(Previous)) Directory.Delete(Previous, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, Previous);
        Directory.Move(Staging, _output);
        if (Directory.Exists(Previous)) Directory.Delete(Previous, recursive: true);
    }
}
