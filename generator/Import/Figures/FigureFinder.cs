using System.Text.RegularExpressions;

namespace StaticKb.Import.Figures;

/// <summary>
/// Key figures of an article: percentages and ranges ("7,52%", "6,5-7%", "8,3 - 8,5%") and counts with the noun
/// they count ("253 thỏa thuận hợp tác", "gần 50 hoạt động đối ngoại"). Each takes its measure from the words
/// before it in its clause ("Tăng trưởng GDP … đạt 7,52%" → "Tăng trưởng GDP") and its period from the nearest
/// period phrase, in the clause first, then in the sentence. Years, dates, times, ordinals and document numbers
/// are not figures.
/// </summary>
public static partial class FigureFinder
{
    private const int MaxUnitWords = 8;
    private const int MaxMeasureWords = 8;
    private const int MaxCountMeasureWords = 12;

    public static IReadOnlyList<Figure> Find(IEnumerable<string> paragraphs)
    {
        var figures = new List<Figure>();
        foreach (var paragraph in paragraphs)
            foreach (var sentence in Sentences(paragraph))
                figures.AddRange(InSentence(sentence));
        return figures.Distinct().ToList();
    }

    internal static IEnumerable<Figure> InSentence(string sentence)
    {
        var found = new List<(int Start, Figure Figure)>();
        foreach (Match m in Percentage().Matches(sentence))
        {
            var (clauseStart, clauseEnd) = Clause(sentence, m.Index);
            var measure = WithSubject(PercentageMeasure(sentence[clauseStart..m.Index]), sentence, clauseStart);
            found.Add((m.Index, new Figure(m.Groups["value"].Value, "%", measure, Period(sentence, clauseStart, clauseEnd, m.Index))));
        }
        foreach (Match m in Count().Matches(sentence))
        {
            if (NotACount().IsMatch(sentence[..m.Index])) continue;
            var unit = m.Groups["currency"].Success ? m.Groups["currency"].Value : NounPhrase(sentence, m.Index + m.Length);
            if (unit is null) continue;
            var (clauseStart, clauseEnd) = Clause(sentence, m.Index);
            var value = m.Groups["value"].Value;
            string? measure;
            if (m.Groups["currency"].Success)
            {
                // Money is measured like a percentage: "vốn FDI đăng ký … đạt 15,19 tỷ USD".
                measure = WithSubject(PercentageMeasure(sentence[clauseStart..m.Index]), sentence, clauseStart);
            }
            else
            {
                var verb = VerbBefore().Match(sentence[clauseStart..m.Index]);
                var counted = CountMeasure(sentence[(m.Index + m.Length)..clauseEnd]) ?? unit;
                measure = verb.Success ? $"{verb.Groups["verb"].Value} {counted}" : counted;
            }
            found.Add((m.Index, new Figure(value, unit, measure, Period(sentence, clauseStart, clauseEnd, m.Index))));
        }
        return found.OrderBy(f => f.Start).Select(f => f.Figure);
    }

    /// <summary>"… phấn đấu đạt mục tiêu tăng trưởng kinh tế cả năm 2024 từ" → "mục tiêu tăng trưởng kinh tế".</summary>
    internal static string? PercentageMeasure(string prefix)
    {
        var text = PeriodPhrases.In(prefix).Aggregate(prefix, (t, p) => t.Replace(p.Value, " "));
        text = Spaces().Replace(text, " ").Trim();
        string previous;
        do
        {
            previous = text;
            text = TrailingFiller().Replace(text, "").Trim();
        } while (text != previous);
        var cut = Connector().Matches(text).LastOrDefault();
        if (cut is not null && cut.Index + cut.Length < text.Length) text = text[(cut.Index + cut.Length)..].Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxMeasureWords) text = string.Join(' ', words[^MaxMeasureWords..]);
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// "…, vốn FDI đạt 15,19 tỷ USD, tăng 13,1%": a clause that is only "tăng"/"giảm" shares the previous clause's
    /// subject, so the measure becomes "vốn FDI tăng".
    /// </summary>
    private static string? WithSubject(string? measure, string sentence, int clauseStart)
    {
        if (measure is not null && !DirectionOnly().IsMatch(measure)) return measure;
        if (clauseStart == 0) return measure;
        var (previousStart, _) = Clause(sentence, clauseStart - 2);
        var previous = sentence[previousStart..(clauseStart - 2)];
        var number = FirstNumber().Match(previous);
        var subject = PercentageMeasure(number.Success ? previous[..number.Index] : previous);
        if (subject is null) return measure;
        return measure is null ? subject : $"{subject} {measure}";
    }

    /// <summary>
    /// What a count counts, as the clause says it: "người Việt Nam ở nước ngoài", "hoạt động đối ngoại của lãnh đạo
    /// chủ chốt" — the rest of the clause without its period phrase, up to where the sentence goes on to say something else.
    /// </summary>
    internal static string? CountMeasure(string tail)
    {
        var text = PeriodPhrases.In(tail).Aggregate(tail, (t, p) => t.Replace(p.Value, " "));
        var stop = PredicateStart().Match(text);
        if (stop.Success) text = text[..stop.Index];
        text = Spaces().Replace(text, " ").Trim().TrimEnd('.', '…', ';', ':', ',', '!', '?', ' ');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        return string.Join(" ", words.Take(MaxCountMeasureWords));
    }

    /// <summary>The lower-case words after a count, up to punctuation or a word that starts the rest of the sentence.</summary>
    private static string? NounPhrase(string sentence, int at)
    {
        var words = new List<string>();
        var i = at;
        while (i < sentence.Length && words.Count < MaxUnitWords)
        {
            var end = i;
            while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
            var word = sentence[i..end];
            if (!VietnameseText.IsLowerWord(word) || NounStop.Contains(word)) break;
            words.Add(word);
            if (end < sentence.Length && sentence[end] == ' ') i = end + 1;
            else break;
        }
        if (words.Count == 0 || NotCounted.Contains(words[0])) return null;
        return string.Join(' ', words);
    }

    private static string? Period(string sentence, int clauseStart, int clauseEnd, int at)
    {
        var periods = PeriodPhrases.In(sentence).ToList();
        var inClause = periods.Where(p => p.Index >= clauseStart && p.Index + p.Length <= clauseEnd && (p.Index + p.Length <= at || p.Index > at))
            .OrderBy(p => Math.Abs(p.Index - at)).FirstOrDefault();
        var chosen = inClause ?? periods.FirstOrDefault(p => p.Index + p.Length <= at) ?? periods.FirstOrDefault(p => p.Index > at);
        return chosen?.Value;
    }

    private static (int Start, int End) Clause(string sentence, int at)
    {
        var start = 0;
        var end = sentence.Length;
        foreach (Match b in ClauseBreak().Matches(sentence))
        {
            if (b.Index + b.Length <= at) start = b.Index + b.Length;
            else if (b.Index >= at) { end = b.Index; break; }
        }
        return (start, end);
    }

    private static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(paragraph))
        {
            yield return paragraph[start..(m.Index + 1)];
            start = m.Index + m.Length;
        }
        if (start < paragraph.Length) yield return paragraph[start..];
    }

    private static readonly HashSet<string> NounStop = new(StringComparer.Ordinal)
    {
        "của", "với", "tại", "trong", "từ", "cho", "và", "ở", "được", "đã", "là", "có", "để", "nhằm", "khi", "trên", "dưới",
        "theo", "về", "đến", "tới", "sang", "so", "gồm", "như", "thì", "mà", "này", "đó", "qua", "hơn", "gần", "các",
        "những", "vào", "ra", "cùng", "đạt", "thuộc", "gấp", "trước", "sau",
    };

    // Time units, ordinals and multipliers: "15 năm qua", "lần thứ 2", "gấp 2 lần" are not key figures.
    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "quý", "lần", "thế", "kỳ", "khóa", "khoá", "tuổi", "tiếng",
    };

    [GeneratedRegex(@"(?<![\p{L}\d.,/-])(?<value>(?:(?:gần|hơn|khoảng|trên|dưới|xấp xỉ|gấp)\s+)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?)\s*%")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<![\p{L}\d.,/:-])(?<value>(?:(?:gần|hơn|khoảng|trên|dưới|xấp xỉ|hàng)\s+)?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?:\s+(?:nghìn tỷ|nghìn|ngàn|triệu|tỷ))?)(?![\d.,/:%-]\d|\s*%|[\d/-])\s+(?:(?<currency>USD|EUR|euro|đồng|VNĐ|VND|yên|nhân dân tệ)(?![\p{L}])|(?=\p{Ll}))")]
    private static partial Regex Count();

    /// <summary>Numbers that are parts of other things: "năm 2024", "lần thứ 13", "Chỉ thị số 15", "Thứ 4".</summary>
    [GeneratedRegex(@"(?:[Nn]ăm|[Tt]háng|[Nn]gày|[Tt]hứ|[Ss]ố|[Kk]hóa|[Kk]hoá|[Qq]uý|[Ll]ần|[Đđ]iều|[Kk]hoản|[Cc]hương|[Mm]ục|[Pp]hần|[Ll]úc|[Đđ]ợt|[Kk]ỳ)\s+$")]
    private static partial Regex NotACount();

    [GeneratedRegex(@"(?:^|\s)(?<verb>ký kết|ký|triển khai|tổ chức|nâng cấp quan hệ với|thiết lập quan hệ với|thu hút|đón|kết nối với|hỗ trợ|xuất khẩu|nhập khẩu|tạo)\s+(?:(?:gần|hơn|khoảng|trên|dưới|xấp xỉ|hàng)\s+)?$")]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"(?:^|\s)(?:đạt|là|từ|ở mức|mức|khoảng|gần|hơn|trên|dưới|với|chiếm|bằng|trong|của|tới|lên|đến|vào khoảng|xấp xỉ|gấp)$")]
    private static partial Regex TrailingFiller();

    // Lookarounds, not \s, on both sides: in "phấn đấu đạt" the space between must serve both words.
    [GeneratedRegex(@"(?<=^|\s)(?:đạt|bảo đảm|đảm bảo|cho rằng|phấn đấu|hướng tới|nhằm|là|với)(?=\s)")]
    private static partial Regex Connector();

    [GeneratedRegex(@"\s(?:là|được|đã|đang|sẽ|để|nhằm|góp phần|gấp|trong đó|và đã)\s")]
    private static partial Regex PredicateStart();

    // Not " - ": it joins compounds ("kinh tế - xã hội") and ranges ("8,3 - 8,5%") more often than clauses.
    [GeneratedRegex(@",\s|;\s|:\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[.!?…](?:\s+|$)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:tăng|giảm)(?: thêm| lên| xuống)?$")]
    private static partial Regex DirectionOnly();

    [GeneratedRegex(@"(?:(?:gần|hơn|khoảng|trên|dưới|xấp xỉ)\s+)?\d")]
    private static partial Regex FirstNumber();
}
