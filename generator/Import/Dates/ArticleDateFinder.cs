using System.Text.RegularExpressions;
using StaticKb.Import.Layout;
using StaticKb.Model;

namespace StaticKb.Import.Dates;

/// <summary>
/// The article's date and why we believe it, plus what is needed to complete other dates in the same article:
/// the page's publication date and the year the article talks about.
/// </summary>
public sealed record ArticleDate(PartialDate? Date, string Evidence, ContextYear? ContextYear, PartialDate? Published = null)
{
    /// <summary>
    /// A day and month from the text as a full date: the year as written, else the publication year (the year
    /// before if the day would fall after publication), else the article's year; such years are marked inferred.
    /// </summary>
    public PartialDate? Complete(DayMonth dm)
    {
        if (dm.Year is not null) return dm.WithYear(null);
        if (Published is { Precision: DatePrecision.Day } p)
        {
            var date = dm.WithYear(p.Year);
            return date is not null && date.CompareTo(p) > 0 ? dm.WithYear(p.Year - 1) : date;
        }
        return dm.WithYear(ContextYear?.Year);
    }

    /// <summary>The article's date reduced to its year, for things that happened "then" without a date of their own.</summary>
    public PartialDate? Year => Date is null ? null : new PartialDate(Date.Year, Inferred: true);
}

/// <summary>
/// Dates an article as precisely as its text allows, and never more:
/// 1. a page date line ("Thứ 4, 03.04.2024 | 09:12:20") is the publication date;
/// 2. otherwise the event date at the start of the lead ("Chiều tối 22/7, …"), its year taken from the
///    article's own year phrases and then marked inferred;
/// 3. otherwise only the year the article talks about, marked inferred; a day is never invented.
/// </summary>
public static partial class ArticleDateFinder
{
    public static ArticleDate Find(ArticleDraft draft)
    {
        var lead = draft.Lead?.Text ?? "";
        var context = YearContext.Find(lead, draft.Blocks.Where(b => b.Kind != BlockKind.Caption).Select(b => b.Text));
        if (draft.HeaderDate is { } header) return new ArticleDate(header, "the page's date line", context, header);

        if (EventDate(lead) is { } dm && dm.WithYear(context?.Year) is { } date)
        {
            var why = dm.Year is null ? $"day and month from the lead, year from \"{context!.Evidence}\"" : "the lead";
            return new ArticleDate(date, why, context);
        }
        if (context is not null)
            return new ArticleDate(new PartialDate(context.Year, Inferred: true), $"only the year, from \"{context.Evidence}\"", context);
        return new ArticleDate(null, "no date in the text", null);
    }

    /// <summary>
    /// The event date of the lead's first sentence: "Chiều 2/4, …", "BẮC NINH - Chiều tối 22/7, …",
    /// "Thủ tướng … chiều 2/4 đã …". A "ngày …" right after a document number is that document's date, not the event's.
    /// </summary>
    public static DayMonth? EventDate(string lead)
    {
        var first = FirstSentence().Match(lead).Value;
        // "2/4, Văn phòng Chính phủ …" or "(2/4) …": a day/month opening the lead needs no cue word.
        var opening = OpeningDayMonth().Match(first);
        if (opening.Success)
        {
            var g = opening.Groups;
            int? year = g["y"].Success ? int.Parse(g["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            return new DayMonth(int.Parse(g["d"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(g["m"].Value, System.Globalization.CultureInfo.InvariantCulture), year, g["date"].Index, g["date"].Length);
        }
        foreach (var dm in VietnameseDates.CuedDates(first))
        {
            var before = first[..dm.Start];
            if (DocumentBefore().IsMatch(before)) continue;
            return dm;
        }
        return null;
    }

    [GeneratedRegex(@"^.*?(?:[.!?](?=\s+\p{Lu})|$)")]
    private static partial Regex FirstSentence();

    /// <summary>After an optional upper-case dateline ("HÀ NỘI - "): "2/4," or "(2/4)".</summary>
    [GeneratedRegex(@"^(?:\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}\s+[-–—]\s+)?\(?(?<date>(?<d>\d{1,2})/(?<m>\d{1,2})(?:/(?<y>\d{4}))?)\)?(?:,|\s+(?=\p{Lu}))")]
    private static partial Regex OpeningDayMonth();

    /// <summary>"… Chỉ thị 15-CT/TW ngày ", "… Nghị quyết số 21 ngày ".</summary>
    [GeneratedRegex(@"(?:\d+[/-]\p{Lu}[\p{L}\d/-]*|số\s+\d+)\s*,?\s*(?:ban hành\s+)?\(?[Nn]gày\s*$")]
    private static partial Regex DocumentBefore();
}
