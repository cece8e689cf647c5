using System.Globalization;
using System.Text;

namespace StaticKb.Index;

/// <summary>
/// Writes JSON the way JavaScript's JSON.stringify does (what lunr's serialised index is), so the same
/// index is the same bytes: strings escape only <c>"</c>, <c>\</c>, control characters and lone surrogates;
/// numbers are the shortest round-trip form, with JavaScript's rules for when to use an exponent.
/// </summary>
internal static class JsJson
{
    public static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        var runStart = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            string? escape = null;
            if (c == '"') escape = "\\\"";
            else if (c == '\\') escape = "\\\\";
            else if (c < 0x20)
            {
                escape = c switch
                {
                    '\b' => "\\b", '\f' => "\\f", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                };
            }
            else if (char.IsSurrogate(c))
            {
                var paired = char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                                                     : i > 0 && char.IsHighSurrogate(s[i - 1]);
                if (!paired) escape = "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            }
            if (escape is null) continue;
            sb.Append(s, runStart, i - runStart).Append(escape);
            runStart = i + 1;
        }
        sb.Append(s, runStart, s.Length - runStart).Append('"');
    }

    public static void AppendInt(StringBuilder sb, int value)
    {
        Span<char> buffer = stackalloc char[11];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        sb.Append(buffer[..written]);
    }

    /// <summary>
    /// Writes <c>JSON.stringify(thousandths / 1000)</c> for a non-negative integer below 10^15: the shortest
    /// decimal that reads back as that double is the integer with its last three digits as decimals,
    /// trailing zeros dropped (0.5, not 0.500; 2, not 2.000).
    /// </summary>
    public static void AppendThousandths(StringBuilder sb, long thousandths)
    {
        if (thousandths < 0 || thousandths >= 1_000_000_000_000_000) throw new ArgumentOutOfRangeException(nameof(thousandths));
        var whole = thousandths / 1000;
        var fraction = (int)(thousandths % 1000);
        Span<char> buffer = stackalloc char[20];
        whole.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        sb.Append(buffer[..written]);
        if (fraction == 0) return;
        sb.Append('.');
        sb.Append((char)('0' + fraction / 100));
        if (fraction % 100 == 0) return;
        sb.Append((char)('0' + fraction / 10 % 10));
        if (fraction % 10 == 0) return;
        sb.Append((char)('0' + fraction % 10));
    }

    /// <summary>Number::toString of ECMAScript for a finite double.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), "JSON has no NaN or Infinity.");
        if (value == 0) return "0";
        // "R" gives the shortest round-trip digits, like JavaScript; only the notation differs.
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        if (e < 0) return r;
        return FromExponent(r.Substring(0, e), int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    // .NET switches to an exponent below 1e-5 and from 1e15; JavaScript below 1e-6 and from 1e21.
    private static string FromExponent(string mantissa, int exponent)
    {
        var negative = mantissa.StartsWith('-');
        var digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        var k = digits.Length;
        var n = exponent + 1; // the decimal point sits after n digits
        string text;
        if (k <= n && n <= 21) text = digits + new string('0', n - k);
        else if (0 < n && n <= 21) text = digits.Substring(0, n) + "." + digits.Substring(n);
        else if (-6 < n && n <= 0) text = "0." + new string('0', -n) + digits;
        else
        {
            var sign = n - 1 >= 0 ? "+" : "-";
            var exp = Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
            text = (k == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1)) + "e" + sign + exp;
        }
        return negative ? "-" + text : text;
    }
}
