using System.Runtime.CompilerServices;
using System.Text;

namespace StaticKb.Index;

/// <summary>
/// A growable character buffer for writing the large JSON of an index: the same output as
/// <see cref="JsJson"/>'s StringBuilder methods, with integers formatted digit by digit in place. A 1,000-page
/// index is tens of millions of characters, most of them small numbers, and StringBuilder's per-call
/// overhead was most of the time spent writing it.
/// </summary>
internal sealed class JsonBuffer
{
    private char[] _chars;
    private int _length;

    // Uninitialised: every character read back has been written first, and an index's buffers are megabytes.
    public JsonBuffer(int capacity = 1 << 16) => _chars = GC.AllocateUninitializedArray<char>(Math.Max(16, capacity));

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    public void Append(string s) => Append(s.AsSpan());

    public void Append(ReadOnlySpan<char> s)
    {
        if (_length + s.Length > _chars.Length) Grow(s.Length);
        s.CopyTo(_chars.AsSpan(_length));
        _length += s.Length;
    }

    /// <summary>A non-negative integer in decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendInt(int value)
    {
        if (value < 0) { Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)); return; }
        var digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5 : value < 1000000 ? 6 : value < 10000000 ? 7 : value < 100000000 ? 8 : value < 1000000000 ? 9 : 10;
        if (_length + digits > _chars.Length) Grow(digits);
        var end = _length + digits;
        for (var i = end - 1; i >= _length; i--)
        {
            var q = value / 10;
            _chars[i] = (char)('0' + (value - q * 10));
            value = q;
        }
        _length = end;
    }

    /// <summary>As <see cref="JsJson.AppendThousandths"/>.</summary>
    public void AppendThousandths(long thousandths)
    {
        if (thousandths < 0 || thousandths > int.MaxValue * 1000L) throw new ArgumentOutOfRangeException(nameof(thousandths));
        AppendInt((int)(thousandths / 1000));
        var fraction = (int)(thousandths % 1000);
        if (fraction == 0) return;
        Append('.');
        Append((char)('0' + fraction / 100));
        if (fraction % 100 == 0) return;
        Append((char)('0' + fraction / 10 % 10));
        if (fraction % 10 == 0) return;
        Append((char)('0' + fraction % 10));
    }

    /// <summary>As <see cref="JsJson.AppendString"/>.</summary>
    public void AppendString(string s)
    {
        foreach (var c in s)
        {
            if (c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c))
            {
                var sb = new StringBuilder();
                JsJson.AppendString(sb, s);
                foreach (var chunk in sb.GetChunks()) Append(chunk.Span);
                return;
            }
        }
        Append('"');
        Append(s);
        Append('"');
    }

    public override string ToString() => new(_chars, 0, _length);

    /// <summary>The JSON as UTF-8, the form it is written and hashed in, without a string of it in between.</summary>
    public byte[] ToUtf8()
    {
        // Uninitialized: every byte is written below, and zeroing thousands of fresh shard-sized arrays is not free.
        var utf8 = GC.AllocateUninitializedArray<byte>(System.Text.Encoding.UTF8.GetByteCount(Span));
        System.Text.Encoding.UTF8.GetBytes(Span, utf8);
        return utf8;
    }

    /// <summary>The text in UTF-8, written into <paramref name="buffer"/> (grown if need be), which is kept for next time.</summary>
    public ReadOnlySpan<byte> Utf8Into(ref byte[]? buffer)
    {
        var needed = System.Text.Encoding.UTF8.GetMaxByteCount(_length);
        if (buffer is null || buffer.Length < needed) buffer = GC.AllocateUninitializedArray<byte>(needed);
        return buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(Span, buffer));
    }

    /// <summary>Empties the buffer, keeping its storage (a writer of many shards reuses one per thread).</summary>
    public void Clear() => _length = 0;

    /// <summary>Characters the buffer holds without growing.</summary>
    public int Capacity => _chars.Length;

    private void Grow(int needed)
    {
        var size = (int)Math.Min(Array.MaxLength, Math.Max((long)_length + needed, _chars.Length * 2L));
        var grown = GC.AllocateUninitializedArray<char>(size);
        _chars.AsSpan(0, _length).CopyTo(grown);
        _chars = grown;
    }
}
