using System.Globalization;
using System.Text;

namespace StaticKb.Bench;

/// <summary>
/// Words and sentences for the benchmark corpus. The vocabularies are real words of the domain (Vietnamese with
/// their diacritics, English), drawn with a Zipf-like skew so that, as in news text, a few words are everywhere
/// and most are rare; made-up syllable pairs widen the Vietnamese vocabulary so a large corpus still has a long
/// tail of terms. Everything comes from one seeded generator: the same seed gives the same text on every machine.
/// </summary>
internal sealed class CorpusText
{
    private static readonly string[] VietnameseWords =
    [
        "và", "của", "các", "được", "trong", "với", "cho", "là", "đã", "có", "những", "để", "theo", "về", "một", "từ", "này", "tại", "đến", "cũng",
        "ngoại giao", "kinh tế", "phát triển", "hợp tác", "doanh nghiệp", "đầu tư", "xuất khẩu", "thị trường", "địa phương", "Chính phủ",
        "hội nghị", "triển khai", "nhiệm vụ", "tăng trưởng", "quốc tế", "đối tác", "thương mại", "hội nhập", "nguồn lực", "chính sách",
        "cơ quan đại diện", "nước ngoài", "thúc đẩy", "nâng cao", "hiệu quả", "chất lượng", "bền vững", "chuyển đổi số", "khoa học", "công nghệ",
        "đổi mới sáng tạo", "năng lượng", "hạ tầng", "logistics", "nông sản", "thủy sản", "dệt may", "điện tử", "du lịch", "lao động",
        "vốn", "dự án", "hiệp định", "thỏa thuận", "cam kết", "ký kết", "văn kiện", "chương trình", "kế hoạch", "đề án",
        "tháo gỡ", "khó khăn", "vướng mắc", "cơ hội", "thách thức", "rủi ro", "cạnh tranh", "chuỗi cung ứng", "giá trị", "kim ngạch",
        "tỷ USD", "phần trăm", "so với", "cùng kỳ", "năm ngoái", "quý", "tháng", "đầu năm", "cuối năm", "giai đoạn",
        "lãnh đạo", "chỉ đạo", "điều hành", "phối hợp", "liên ngành", "Bộ", "ngành", "tỉnh", "thành phố", "cửa khẩu",
        "biên giới", "khu vực", "châu Á", "châu Âu", "châu Phi", "Mỹ Latinh", "Trung Đông", "láng giềng", "đối ngoại", "song phương",
        "đa phương", "diễn đàn", "thượng đỉnh", "chuyến thăm", "tiếp xúc", "đoàn", "đại sứ", "tham tán", "thương vụ", "kiều bào",
        "người dân", "trung tâm", "phục vụ", "động lực", "đột phá", "chiến lược", "tầm nhìn", "định hướng", "giải pháp", "kiến nghị",
        "báo cáo", "đánh giá", "tổng kết", "sơ kết", "kết quả", "thành tựu", "hạn chế", "bài học", "kinh nghiệm", "mô hình",
        "thí điểm", "thông minh", "xanh", "số hóa", "dữ liệu", "nghiên cứu", "dự báo", "tham mưu", "phân tích", "tình hình",
        "thế giới", "khu vực", "biến động", "phức tạp", "suy giảm", "phục hồi", "ổn định", "vĩ mô", "lạm phát", "tỷ giá",
        "ngân hàng", "tài chính", "ngân sách", "thuế", "hải quan", "thủ tục", "hành chính", "cải cách", "môi trường kinh doanh", "thu hút",
        "có chọn lọc", "chất lượng cao", "nhân lực", "đào tạo", "giáo dục", "y tế", "văn hóa", "quảng bá", "hình ảnh", "thương hiệu",
        "đường", "Dương", "mở rộng", "làm sâu sắc", "đan xen lợi ích", "thực chất", "toàn diện", "quyết liệt", "kịp thời", "linh hoạt",
    ];

    private static readonly string[] EnglishWords =
    [
        "the", "of", "and", "to", "in", "a", "for", "on", "with", "as", "by", "at", "from", "that", "this", "is", "was", "be", "are", "which",
        "economic", "diplomacy", "development", "cooperation", "businesses", "investment", "exports", "markets", "localities", "Government",
        "conference", "implementation", "tasks", "growth", "international", "partners", "trade", "integration", "resources", "policies",
        "representative agencies", "abroad", "promote", "improve", "effectiveness", "quality", "sustainable", "digital transformation", "science", "technology",
        "innovation", "energy", "infrastructure", "logistics", "agricultural products", "seafood", "textiles", "electronics", "tourism", "labour",
        "capital", "projects", "agreement", "arrangements", "commitments", "signed", "documents", "programme", "plan", "scheme",
        "remove", "difficulties", "obstacles", "opportunities", "challenges", "risks", "competition", "supply chains", "value", "turnover",
        "billion", "per cent", "compared with", "same period", "last year", "quarter", "month", "early in the year", "year-end", "period",
        "leaders", "directed", "management", "coordination", "inter-sectoral", "ministry", "sectors", "province", "city", "border gate",
        "border", "region", "Asia", "Europe", "Africa", "Latin America", "Middle East", "neighbouring", "external affairs", "bilateral",
        "multilateral", "forum", "summit", "visit", "meetings", "delegation", "ambassador", "counsellor", "trade office", "overseas Vietnamese",
        "people", "centre", "serving", "driving force", "breakthrough", "strategy", "vision", "orientation", "solutions", "recommendations",
        "report", "assessment", "review", "preliminary review", "results", "achievements", "limitations", "lessons", "experience", "model",
        "pilot", "smart", "green", "digitalisation", "data", "research", "forecasting", "advice", "analysis", "situation",
        "world", "regional", "volatility", "complex", "slowdown", "recovery", "stability", "macroeconomic", "inflation", "exchange rate",
        "banking", "finance", "budget", "tax", "customs", "procedures", "administrative", "reform", "business climate", "attract",
        "selective", "high-quality", "human resources", "training", "education", "health", "culture", "promotion", "image", "brand",
        "expand", "deepen", "intertwined interests", "substantive", "comprehensive", "resolute", "timely", "flexible", "connected", "connecting",
    ];

    private static readonly string[] Onsets = ["b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
    private static readonly string[] Rhymes = ["a", "à", "ả", "ân", "ất", "ê", "ế", "iên", "ình", "oa", "oàn", "ông", "ở", "ước", "ưởng", "uy", "ai", "ạo", "ậu", "ăng"];

    private readonly SeededRandom _random;
    private readonly string[] _vietnamese;

    public CorpusText(ulong seed)
    {
        _random = new SeededRandom(seed);
        // Real words first (most frequent), then 1,500 made-up two-syllable words for the long tail.
        var tail = Enumerable.Range(0, 1500).Select(_ => Syllable() + " " + Syllable());
        _vietnamese = VietnameseWords.Concat(tail).ToArray();
    }

    public int Next(int n) => _random.Next(n);

    public string Sentence(string lang, int words)
    {
        var vocabulary = lang == "vi" ? _vietnamese : EnglishWords;
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(w % 9 == 8 ? ", " : " ");
            sb.Append(vocabulary[_random.Zipf(vocabulary.Length)]);
        }
        if (sb.Length > 0) sb[0] = char.ToUpper(sb[0], CultureInfo.InvariantCulture);
        return sb.ToString();
    }

    private string Syllable() =>
        (Onsets[_random.Next(Onsets.Length)] + Rhymes[_random.Next(Rhymes.Length)]).Normalize(NormalizationForm.FormC);
}
