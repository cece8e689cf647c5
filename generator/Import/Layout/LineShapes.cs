using System.Text.RegularExpressions;

namespace StaticKb.Import.Layout;

/// <summary>
/// The shapes of the lines news sites wrap around an article. Each is matched by shape, not by the exact text of
/// one seed ("680 lượt xem" is any "N lượt xem"), because the importer meets pages it has never seen.
/// </summary>
internal static partial class LineShapes
{
    /// <summary>"680 lượt xem", "1.204 lượt đọc".</summary>
    [GeneratedRegex(@"^\d[\d.,]*\s+lượt\s+(xem|đọc|thích|chia sẻ)$", RegexOptions.IgnoreCase)]
    public static partial Regex ViewCounter();

    /// <summary>Where the article ends and the page's related links, comments and tags begin: everything after is dropped.</summary>
    [GeneratedRegex(@"^(?:[•·*\-]\s*)?(?:Tin cùng chuyên mục|Tin liên quan|Bài viết liên quan|Bài liên quan|Tin khác|Tin bài khác|Ý kiến bạn đọc(?:\s*\(\d+\))?|Bình luận(?:\s*\(\d+\))?|Từ khóa|Từ khoá|Tags?)\s*(?::.*)?$", RegexOptions.IgnoreCase)]
    public static partial Regex TrailerMarker();

    /// <summary>Page furniture that is a whole line on its own: share buttons and the like.</summary>
    [GeneratedRegex(@"^(?:[•·]\s*)?(?:Chia sẻ|In bài|In trang|Lưu bài|Lưu|Gửi bình luận|Quay lại|Lên đầu trang|Facebook|Twitter|Zalo|Email|Copy link|Sao chép liên kết)$", RegexOptions.IgnoreCase)]
    public static partial Regex Chrome();

    /// <summary>"Xem thêm: …", "Đọc thêm: …": a link to another article inside this one.</summary>
    [GeneratedRegex(@"^(?:>>\s*)?(?:Xem thêm|Đọc thêm|Mời xem|Tin nổi bật)\s*:", RegexOptions.IgnoreCase)]
    public static partial Regex SeeAlso();

    /// <summary>"_C4A2020.JPG (2728×1596)Các đại biểu …": a photo's file name and size pasted before its caption.</summary>
    [GeneratedRegex(@"^(?<file>\S+?\.(?:jpe?g|png|gif|webp|bmp|tiff?))(?:\s*\(\s*\d+\s*[×xX*]\s*\d+\s*\))?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex PhotoFile();

    /// <summary>"![]() |": an image whose address was lost; its caption follows.</summary>
    [GeneratedRegex(@"^!\[[^\]]*\]\([^)]*\)\s*\|?\s*(?<rest>.*)$")]
    public static partial Regex ImageStub();

    /// <summary>"(Ảnh: Dương Giang/TTXVN)" at the end of a line.</summary>
    [GeneratedRegex(@"\((?:Ảnh|Ảnh minh họa|Nguồn ảnh|Photo)\b[^()]*\)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex ParenthesisedCredit();

    /// <summary>"… hội nghị. Ảnh: VGP/Nhật Bắc": a credit after the caption's last sentence.</summary>
    [GeneratedRegex(@"(?<=[.!?…]\s+)Ảnh\s*:\s*[^.!?]{1,80}$")]
    public static partial Regex TrailingCredit();

    /// <summary>"Ảnh: Quang cảnh Hội nghị …": a caption labelled as one.</summary>
    [GeneratedRegex(@"^(?:Ảnh|Ảnh minh họa)\s*:\s*\S")]
    public static partial Regex LabelledCaption();

    /// <summary>"… tỉnh Bắc Ninh. |": a table cell the scraper flattened; on news sites that is a photo caption.</summary>
    [GeneratedRegex(@"\s*\|\s*$")]
    public static partial Regex TrailingPipe();

    /// <summary>"Theo baolangson.vn", "Nguồn: TTXVN": where the article was taken from.</summary>
    [GeneratedRegex(@"^(?:Theo|Nguồn)\s*:?\s+(?<src>\S(?:.{0,58}\S)?)$")]
    public static partial Regex SourceLine();

    [GeneratedRegex(@"^<?(?<url>https?://\S+?)>?$")]
    public static partial Regex UrlLine();

    /// <summary>"(Vietnam+)", "(Theo TTXVN)": the agency's sign-off on a line of its own.</summary>
    [GeneratedRegex(@"^\((?!Ảnh)(?:Theo\s+|Nguồn\s*:\s*)?(?<src>[^()\s][^()]{0,38})\)$")]
    public static partial Regex SignOffSource();

    /// <summary>"N.H", "T.L.", "PV": the author's initials closing the article.</summary>
    [GeneratedRegex(@"^\p{Lu}{1,3}(?:\.\s?\p{Lu}{1,3}){0,3}\.?$")]
    public static partial Regex Initials();

    /// <summary>"Minh Anh", "Hoàng Long - Thu Hà": the author's name alone on the article's last line.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}(?:\s*[-–,/]\s*\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})?$")]
    public static partial Regex Byline();

    /// <summary>Sentence-final punctuation, closing quotes and brackets included: a title or heading never ends so.</summary>
    [GeneratedRegex(@"[.;:,…!?""”’')\]]$")]
    public static partial Regex FinalPunctuation();
}
