namespace StaticKb.Import.Recognition;

/// <summary>
/// Vietnamese legal document types and what the letter codes in their numbers say: in <c>21/NQ-CP</c>
/// the first code (NQ) is the type, Nghị quyết, and the last (CP) the issuer, Chính phủ.
/// </summary>
internal static class DocumentTypes
{
    /// <summary>Type words as written before a number, longest first so "Thông tư liên tịch" wins over "Thông tư".</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "Thông báo kết luận", "Thông tư liên tịch", "Nghị quyết liên tịch", "Chỉ thị", "Nghị quyết", "Thông báo",
        "Quyết định", "Nghị định", "Kết luận", "Thông tư", "Công văn", "Công điện", "Quy định", "Quy chế",
        "Hướng dẫn", "Kế hoạch", "Pháp lệnh", "Sắc lệnh", "Tờ trình", "Báo cáo", "Đề án", "Chương trình",
        "Luật", "Lệnh", "Văn bản",
    ];

    public static readonly IReadOnlyList<string> ShortFormWords =
    [
        "Thông báo kết luận", "Chỉ thị", "Nghị quyết", "Thông báo", "Quyết định", "Nghị định", "Kết luận", "Thông tư",
        "Công văn", "Công điện", "Quy định", "Luật",
    ];

    private static readonly Dictionary<string, string> TypeByCode = new(StringComparer.Ordinal)
    {
        ["CT"] = "Chỉ thị", ["NQ"] = "Nghị quyết", ["TB"] = "Thông báo", ["QĐ"] = "Quyết định", ["NĐ"] = "Nghị định",
        ["KL"] = "Kết luận", ["TT"] = "Thông tư", ["TTLT"] = "Thông tư liên tịch", ["CV"] = "Công văn", ["CĐ"] = "Công điện",
        ["QĐi"] = "Quy định", ["HD"] = "Hướng dẫn", ["KH"] = "Kế hoạch", ["BC"] = "Báo cáo", ["TTr"] = "Tờ trình",
        ["L"] = "Luật", ["PL"] = "Pháp lệnh",
    };

    /// <summary>Issuer codes worth resolving; looked up in the registry by these names, never invented.</summary>
    private static readonly Dictionary<string, string> IssuerByCode = new(StringComparer.Ordinal)
    {
        ["CP"] = "Chính phủ", ["VPCP"] = "Văn phòng Chính phủ", ["QH"] = "Quốc hội", ["UBTVQH"] = "Ủy ban Thường vụ Quốc hội",
        ["BNG"] = "Bộ Ngoại giao", ["BCT"] = "Bộ Công Thương", ["BTC"] = "Bộ Tài chính", ["BCA"] = "Bộ Công an",
        ["BKHĐT"] = "Bộ Kế hoạch và Đầu tư", ["NHNN"] = "Ngân hàng Nhà nước Việt Nam",
    };

    /// <summary>"Chỉ thị" for "thông báo", "chỉ thị" or "Chỉ thị": the type word as a name starts it.</summary>
    public static string Canonical(string typeWord) =>
        Words.FirstOrDefault(w => string.Equals(w, typeWord, StringComparison.OrdinalIgnoreCase)) ?? VietnameseText.CapitaliseFirst(typeWord);

    /// <summary>The letter codes of a number: "15-CT/TW" → [CT, TW]; "222/2025/QH15" → [QH].</summary>
    public static IReadOnlyList<string> Codes(string number) =>
        number.Split(['-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => char.IsLetter(p[0]))
            .Select(p => p.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
            .ToList();

    /// <summary>The type the number's first code stands for: "21/NQ-CP" → Nghị quyết.</summary>
    public static string? TypeFromNumber(string number)
    {
        var codes = Codes(number);
        // With a single code ("222/2025/QH15", "123/UBND") that code is the issuer, not the type.
        return codes.Count > 1 ? TypeByCode.GetValueOrDefault(codes[0]) : null;
    }

    public static string? IssuerNameFromNumber(string number)
    {
        var codes = Codes(number);
        return codes.Count > 0 ? IssuerByCode.GetValueOrDefault(codes[^1]) : null;
    }

    /// <summary>The type word a name starts with: "Chỉ thị số 15-CT/TW" → "Chỉ thị".</summary>
    public static string? TypeOfName(string name) =>
        Words.FirstOrDefault(w => name.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase));
}
