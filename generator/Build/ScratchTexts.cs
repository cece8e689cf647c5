using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace StaticKb.Build;

/// <summary>
/// Long texts a build needs again only later, kept in a scratch file instead of in memory: each is written once, as
/// UTF-8, and read back whole whenever it is asked for. Any thread may keep or read a text at any time.
/// </summary>
/// <remarks>
/// The search text of every page is read from the page as it is rendered but indexed only once all pages are: at
/// 10,000 article pairs that is about 400 MB of strings held through the render stage, the largest thing in memory
/// then. On disk it costs a write and two reads from the page cache per page (the index's analysis, and the snippet
/// of the results list). The file is deleted when this is disposed, and goes with the staged site if the build
/// stops before that.
/// </remarks>
internal sealed class ScratchTexts : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _length;

    /// <param name="path">A file that does not exist yet, on a disk the build may write to.</param>
    public ScratchTexts(string path) =>
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);

    /// <summary>Writes <paramref name="text"/> to the file and returns what reads it back (after <see cref="Dispose"/>, it throws).</summary>
    public Func<string> Keep(string text)
    {
        if (text.Length == 0) return static () => "";
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            // Each text gets its own range of the file, so writers never wait for each other.
            var offset = Interlocked.Add(ref _length, length) - length;
            RandomAccess.Write(_file, buffer.AsSpan(0, length), offset);
            return () => Read(offset, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private string Read(long offset, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            for (var read = 0; read < length;)
            {
                var got = RandomAccess.Read(_file, buffer.AsSpan(read, length - read), offset + read);
                if (got == 0) throw new IOException("the build's scratch file ended early; was it changed while the site was being built?");
                read += got;
            }
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Closes and deletes the file.</summary>
    public void Dispose() => _file.Dispose();
}
