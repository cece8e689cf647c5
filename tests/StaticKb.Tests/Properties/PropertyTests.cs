using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticKb.Import;
using StaticKb.Load;
using StaticKb.Model;
using StaticKb.Render.Templates;

namespace StaticKb.Tests.Properties;

/// <summary>
/// Properties that must hold for every input, checked by FsCheck on generated text that mixes Vietnamese letters,
/// markup characters and template syntax — the inputs editors and seeds actually bring.
/// </summary>
public class PropertyTests
{
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ AZ09-_/.,;:!?\"'<>&{}[]()\t\n";

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Escaped_text_contains_no_markup_and_reads_back_as_the_same_text() =>
        Prop.ForAll(Texts(), text =>
        {
            var escaped = HtmlText.Escape(text);
            var parsed = new HtmlParser().ParseDocument($"<p title=\"{escaped}\">{escaped}</p>").QuerySelector("p")!;
            return !escaped.Contains('<') && !escaped.Contains('>') && !escaped.Contains('"')
                && parsed.TextContent == text.Replace("\r", "") && parsed.GetAttribute("title") == text.Replace("\r", "");
        });

    [Property(MaxTest = 500)]
    public Property A_slug_is_always_a_valid_key_and_never_climbs_out_of_a_folder() =>
        Prop.ForAll(Texts(), text =>
        {
            var slug = Slug.From(text);
            return slug.Length == 0 || (ContentRules.IsSlug(slug) && !slug.Contains("..") && !slug.Contains('/'));
        });

    [Property(MaxTest = 500)]
    public Property Every_real_calendar_day_parses_back_to_itself() =>
        Prop.ForAll(Gen.Choose(1, 9999 * 365).Select(n => DateOnly.FromDayNumber(n)).ToArbitrary(), day =>
        {
            var parsed = PartialDate.TryParse(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), out var error);
            return error is null && parsed is not null && parsed.Start == day && parsed.Precision == DatePrecision.Day;
        });

    [Property(MaxTest = 500)]
    public Property Days_past_the_end_of_their_month_are_refused() =>
        Prop.ForAll(Gen.Choose(1, 9999).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), Gen.Choose(1, 10).ToArbitrary(), (year, month, extra) =>
        {
            var day = DateTime.DaysInMonth(year, month) + extra;
            var text = $"{year:D4}-{month:D2}-{Math.Min(day, 99):D2}";
            return PartialDate.TryParse(text, out var error) is null && error is not null && error.Contains("not a real date");
        });

    [Property(MaxTest = 300)]
    public Property Mixed_precision_dates_sort_by_their_first_day_then_by_precision() =>
        Prop.ForAll(Gen.Choose(2000, 2030).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (year, month) =>
        {
            var y = new PartialDate(year);
            var m = new PartialDate(year, month);
            var d = new PartialDate(year, month, 1);
            var next = new PartialDate(year, month, DateTime.DaysInMonth(year, month));
            return y.CompareTo(m) < 0 && m.CompareTo(d) < 0 && d.CompareTo(next) <= 0 && y.CompareTo(next) < 0;
        });
}
