namespace StaticKb.Import.Recognition;

/// <summary>
/// Country names as Vietnamese news writes them, to tell "Bộ Ngoại giao Trung Quốc" or "Chính phủ Nhật Bản"
/// (someone else's ministry or government) from ours. Only the first word is needed: a body's name followed by
/// one of these, or by a place the registry knows, belongs to that country.
/// </summary>
internal static class Countries
{
    private static readonly HashSet<string> FirstWords = new(StringComparer.Ordinal)
    {
        "Mỹ", "Hoa", "Trung", "Nhật", "Hàn", "Triều", "Lào", "Campuchia", "Thái", "Nga", "Pháp", "Đức", "Anh", "Úc",
        "Ấn", "Singapore", "Indonesia", "Malaysia", "Philippines", "Myanmar", "Brunei", "Canada", "Brazil", "Argentina",
        "Mexico", "Chile", "Cuba", "Italy", "Ý", "Tây", "Bồ", "Hà", "Bỉ", "Thụy", "Na", "Đan", "Phần", "Ba", "Séc",
        "Hungary", "Ukraine", "Belarus", "Israel", "Iran", "Ai", "Ả", "Saudi", "Qatar", "Kuwait", "Thổ", "New", "Nam",
        "Nigeria", "Kenya", "Mông", "Kazakhstan", "Uzbekistan", "Pakistan", "Bangladesh", "Sri", "Nepal", "Venezuela",
        "Peru", "Colombia", "Liên",
    };

    public static bool StartsWithCountry(string word) => FirstWords.Contains(word);
}
