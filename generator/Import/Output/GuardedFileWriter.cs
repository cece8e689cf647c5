using System.Text;

namespace StaticKb.Import.Output;

/// <summary>
/// Writes generated files without ever losing an editor's work: a missing file is created; a file that still
/// matches its <c>output_hash</c> is replaced only if the new text differs (otherwise left alone, timestamps
/// too); any other file is skipped with the reason. Writes go to a temporary file in the same folder and are
/// renamed over the target, so a crash never leaves half a file.
/// </summary>
public static class GuardedFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (ImportAction Action, string? Reason) Write(string path, string content, bool dryRun)
    {
        if (!File.Exists(path))
        {
            if (!dryRun) WriteAtomically(path, content);
            return (ImportAction.Created, null);
        }
        string existing;
        try
        {
            existing = File.ReadAllText(path, Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (ImportAction.SkippedEdited, "the file is not UTF-8, so it was not written by the importer");
        }
        switch (OutputHash.Check(existing))
        {
            case HashCheck.Missing:
                return (ImportAction.SkippedEdited, "the file has no output_hash: it was written or rewritten by hand");
            case HashCheck.Differs:
                return (ImportAction.SkippedEdited, "the file was edited since it was imported (its text no longer matches its output_hash)");
        }
        if (existing.Replace("\r\n", "\n") == content) return (ImportAction.Unchanged, null);
        if (!dryRun) WriteAtomically(path, content);
        return (ImportAction.Updated, null);
    }

    public static string? ReadIfOurs(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var text = File.ReadAllText(path, Utf8);
            return OutputHash.Check(text) == HashCheck.Matches ? text.Replace("\r\n", "\n") : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static void WriteAtomically(string path, string content)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content, Utf8);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
