using System.Text;

namespace StaticKb.Index;

/// <summary>
/// Makes a document number findable the way people say it. <c>15-CT/TW</c> is a directive (<c>CT</c>,
/// chỉ thị) numbered 15, so its docnumbers field reads <c>chỉ thị 15; 15-CT/TW</c> in the Vietnamese index
/// and <c>directive 15; 15-CT/TW</c> in the English one: "Chỉ thị 15", "chi thi 15" and "Directive 15" then
/// match the number, the type words and their bigrams, while the full number stays a single token.
/// </summary>
internal static class DocumentNumberTerms
{
    /// <summary>Type codes of Vietnamese legal and party documents, by their folded upper-case code.</summary>
    private static readonly Dictionary<string, (string Vi, string En)> TypeNames = new(StringComparer.Ordinal)
    {
        ["CT"] = ("chỉ thị", "directive"),
        ["NQ"] = ("nghị quyết", "resolution"),
        ["TB"] = ("thông báo", "notice"),
        ["ND"] = ("nghị định", "decree"),
        ["QD"] = ("quyết định", "decision"),
        ["TT"] = ("thông tư", "circular"),
        ["KL"] = ("kết luận", "conclusion"),
        ["CD"] = ("công điện", "dispatch"),
        ["HD"] = ("hướng dẫn", "guidance"),
        ["QC"] = ("quy chế", "regulation"),
        ["CV"] = ("công văn", "official letter"),
    };

    /// <summary>The digits a code starts with (<c>15</c> of <c>15-ct/tw</c>), or null if it starts otherwise.</summary>
    public static string? LeadingNumber(string code)
    {
        var end = 0;
        while (end < code.Length && SearchText.IsAsciiDigit(code[end])) end++;
        if (end == 0 || end == code.Length || (code[end] != '-' && code[end] != '/')) return null;
        return code.Substring(0, end);
    }

    /// <summary>The type words for a document number in a language, e.g. "chỉ thị" for 15-CT/TW in "vi".</summary>
    public static string? TypeName(string documentNumber, string language)
    {
        foreach (var part in documentNumber.Split('-', '/'))
        {
            if (part.Length == 0 || SearchText.IsAsciiDigit(part[0])) continue;
            var key = VietnameseFolding.Fold(part).ToUpperInvariant();
            if (!TypeNames.TryGetValue(key, out var names)) return null;
            return language == "vi" ? names.Vi : names.En;
        }
        return null;
    }

    /// <summary>The text of the docnumbers field: per number, its spoken form, a phrase break, and the number.</summary>
    public static string FieldText(IReadOnlyList<string> documentNumbers, string language)
    {
        var sb = new StringBuilder();
        foreach (var number in documentNumbers)
        {
            if (sb.Length > 0) sb.Append("; ");
            var leading = LeadingNumber(SearchText.Normalize(number));
            if (leading is not null)
            {
                var typeName = TypeName(number, language);
                if (typeName is not null) sb.Append(typeName).Append(' ');
                sb.Append(leading).Append("; ");
            }
            sb.Append(number);
        }
        return sb.ToString();
    }
}
