namespace StaticKb.Import.Recognition;

/// <summary>
/// A Vietnamese personal name is 2–4 capitalised syllables, family name first. Requiring a known family name
/// keeps "Việt Nam", "Chính phủ" or "Đề án" from being read as people after a title; about a hundred family
/// names cover nearly everyone (Nguyễn alone about 40%).
/// </summary>
internal static class PersonalNames
{
    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Mai", "Đinh", "Trịnh", "Đào", "Lương", "Cao", "Lâm", "Tô", "Hà", "Thái", "Tạ", "Chu", "Châu", "Đoàn",
        "Vương", "Lại", "Quách", "Kiều", "Lưu", "Triệu", "Hứa", "Tăng", "Khổng", "Giang", "Phùng", "Lò", "Nông", "Tôn",
        "Từ", "Thân", "Âu", "Mạc", "Đàm", "Diệp", "Doãn", "Lã", "Lục", "Mạnh", "Nghiêm", "Ông", "Phí", "Quản", "Tiêu",
        "Trương", "Trình", "Ứng", "Vi", "Viên", "Hầu", "Khúc", "Lạc", "Lữ", "Mẫn", "Nhâm", "Thạch", "Thiều", "Tống",
        "Tào", "Uông", "Bế", "Bạch", "Cù", "Cấn", "Chử", "Điểu", "Hán", "Kha", "Khuất", "Mông", "Sầm", "Sùng", "Thào",
        "Tòng", "Vàng", "Vừ", "Đồng",
    };

    // Place names that begin with a family name; after "Đại sứ … tại" they must not be read as people.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Hà Nội", "Hà Tĩnh", "Hà Giang", "Hà Nam", "Lâm Đồng", "Cao Bằng", "Thái Bình", "Thái Nguyên", "Đồng Nai",
        "Đồng Tháp", "Hoàng Sa", "Bạch Long", "Lào Cai", "Hồ Gươm",
    };

    public static bool IsFamilyName(string syllable) => FamilyNames.Contains(syllable);

    /// <summary>True for 2–4 capitalised syllables starting with a family name.</summary>
    public static bool LooksLikeName(IReadOnlyList<string> syllables) =>
        syllables.Count is >= 2 and <= 4
        && syllables.All(VietnameseText.IsCapitalised)
        && IsFamilyName(syllables[0])
        && !NotNames.Contains($"{syllables[0]} {syllables[1]}");
}
