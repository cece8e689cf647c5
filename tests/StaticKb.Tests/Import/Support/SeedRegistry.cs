using StaticKb.Import;

namespace StaticKb.Tests.Import.Support;

/// <summary>
/// The entities of the five seed articles, as an editor would register them: the registry the tests (and a
/// first real import) run with. Keys are folded slugs of the name; document keys are slugs of the number.
/// </summary>
public static class SeedRegistry
{
    public static IReadOnlyList<KnownEntity> Entities { get; } =
    [
        Document("15-CT/TW", "Chỉ thị số 15-CT/TW", "Chỉ thị 15-CT/TW", "Chỉ thị số 15"),
        Document("21/NQ-CP", "Nghị quyết số 21/NQ-CP", "Nghị quyết 21/NQ-CP"),
        Document("355/TB-VPCP", "Thông báo số 355/TB-VPCP", "thông báo số 355/TB-VPCP"),
        Document("222/2025/QH15", "Nghị quyết số 222/2025/QH15", "Nghị quyết 222/2025/QH15"),

        Person("Phạm Minh Chính"), Person("Trần Hồng Hà"), Person("Trần Lưu Quang"), Person("Bùi Thanh Sơn"),
        Person("Trần Văn Sơn"), Person("Nguyễn Hoàng Anh"), Person("Nguyễn Phú Trọng"), Person("Tô Lâm"),
        Person("Hồ Tiến Thiệu"), Person("Dương Xuân Huyên"), Person("Mai Sơn"),

        Organisation("Bộ Ngoại giao"), Organisation("Văn phòng Chính phủ"), Organisation("Ban Bí thư"),
        Organisation("Bộ Chính trị"), Organisation("Ban Chấp hành Trung ương Đảng", "Trung ương Đảng", "Ban Chấp hành Trung ương"),
        Organisation("Bộ Công Thương"), Organisation("Bộ Công an"), Organisation("Bộ Văn hóa, Thể thao và Du lịch"),
        Organisation("Bộ Lao động-Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
        Organisation("Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn"),
        Organisation("Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp"),
        Organisation("Chính phủ"), Organisation("Quốc hội"),

        Place("Lạng Sơn"), Place("Bắc Ninh"), Place("Vĩnh Long"), Place("Cuba"), Place("Quảng Tây"),
        Place("Trung Quốc"), Place("Nhật Bản"), Place("Hàn Quốc"), Place("Ấn Độ"), Place("Brazil"), Place("Bangkok"),
    ];

    public static KnownEntity Document(string number, string name, params string[] aliases) =>
        new("document", Slug.From(number), name, aliases, number);

    public static KnownEntity Person(string name, params string[] aliases) => new("person", Slug.From(name), name, aliases);

    public static KnownEntity Organisation(string name, params string[] aliases) => new("organisation", Slug.From(name), name, aliases);

    public static KnownEntity Place(string name, params string[] aliases) => new("place", Slug.From(name), name, aliases);
}
