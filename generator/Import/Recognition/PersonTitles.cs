using System.Text.RegularExpressions;

namespace StaticKb.Import.Recognition;

/// <summary>
/// The titles that introduce a person in Vietnamese news ("Thủ tướng Chính phủ Phạm Minh Chính",
/// "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "đồng chí Mai Sơn"). A title is followed by the name, or by the
/// body the title belongs to and then the name; the name may also be followed by its titles after a comma.
/// </summary>
internal static partial class PersonTitles
{
    /// <summary>Titles that already name the body ("Thủ tướng Chính phủ"): the body inside is part of the title, not a mention.</summary>
    public static readonly IReadOnlyList<string> Fixed =
    [
        "Phó Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Phó Chủ tịch Quốc hội", "Chủ tịch Quốc hội",
        "Phó Chủ tịch nước", "Chủ tịch nước",
    ];

    /// <summary>Honorifics: they introduce a name but are not a role.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "đồng chí", "ông", "bà", "anh", "chị", "GS", "PGS", "TS", "ThS", "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Nhà báo",
    };

    public static bool IsHonorific(string title) => Honorifics.Contains(title.Trim().TrimEnd('.'));

    /// <summary>A title that ends right before the name (or before the body between title and name).</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<title>(?:Phó |Nguyên |Quyền )?(?:Thủ tướng Chính phủ|Thủ tướng Thường trực|Thủ tướng|Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Chủ tịch Thường trực|Chủ tịch|Bộ trưởng|Thứ trưởng Thường trực|Thứ trưởng|Chủ nhiệm|Bí thư Thường trực|Bí thư|Giám đốc|Tổng Giám đốc|Tổng giám đốc|Đại sứ|Tổng Lãnh sự|Trưởng ban|Trưởng Ban|Tổng Thư ký|Thống đốc|Tổng thống|Ngoại trưởng|Chánh án|Viện trưởng|Tổng Kiểm toán Nhà nước|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Trưởng đoàn|Ủy viên Bộ Chính trị|Ủy viên Trung ương Đảng|Chủ tịch Hội đồng quản trị|Thị trưởng|Thượng tướng|Đại tướng|Trung tướng|Thiếu tướng)|[Đđ]ồng chí|[Ôô]ng|[Bb]à|Giáo sư|Phó Giáo sư|Tiến sĩ|GS\.?|PGS\.?|TS\.?|ThS\.?|Nhà báo)\s+$")]
    public static partial Regex TitleBefore();

    /// <summary>", Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự …": the titles after a name, up to the verb or the clause's end.</summary>
    [GeneratedRegex(@"^\s*,\s*(?<role>(?:Phó |Nguyên |Quyền )?(?:Thủ tướng|Tổng Bí thư|Chủ tịch|Bộ trưởng|Thứ trưởng|Chủ nhiệm|Bí thư|Giám đốc|Tổng Giám đốc|Tổng giám đốc|Đại sứ|Tổng Lãnh sự|Trưởng|Tổng Thư ký|Thống đốc|Viện trưởng|Cục trưởng|Vụ trưởng|Ủy viên)\b[^;.()“”""]{0,100}?)(?=\s+(?:dự|chủ trì|tham dự|phát biểu|cho biết|khẳng định|nhấn mạnh|đề nghị|yêu cầu|đã|đang|sẽ|và|cùng|tiếp|trao|gửi|thăm|làm|có)\b|\s*[;.()]|\s*$)")]
    public static partial Regex TitlesAfter();
}
