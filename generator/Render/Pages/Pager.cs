using System.Globalization;

namespace StaticKb.Render.Pages;

/// <summary>
/// The links of a list split into pages: previous and next, the first and last page, and two pages either side of
/// the current one, with a gap between runs. A list of a thousand pages stays one short row on a phone, and each
/// page's pager costs the same whatever the number of pages.
/// </summary>
public static class Pager
{
    private const int Around = 2;

    /// <param name="url">The URL of page n (1-based).</param>
    public static PagerView Build(int page, int totalPages, Func<int, string> url)
    {
        var links = new List<PageLinkView>();
        var last = 0;
        foreach (var n in Shown(page, totalPages))
        {
            if (n > last + 1) links.Add(new PageLinkView("…", null, false));
            links.Add(new PageLinkView(n.ToString(CultureInfo.InvariantCulture), url(n), n == page));
            last = n;
        }
        return new PagerView(page, totalPages, page > 1 ? url(page - 1) : null, page < totalPages ? url(page + 1) : null, links);
    }

    private static IEnumerable<int> Shown(int page, int totalPages)
    {
        var from = Math.Max(1, page - Around);
        var to = Math.Min(totalPages, page + Around);
        if (from > 1) yield return 1;
        for (var n = from; n <= to; n++) yield return n;
        if (to < totalPages) yield return totalPages;
    }

    public static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The items on page <paramref name="page"/> (1-based) of <paramref name="perPage"/> each.</summary>
    public static List<T> Items<T>(List<T> items, int page, int perPage) =>
        items.GetRange((page - 1) * perPage, Math.Min(perPage, items.Count - (page - 1) * perPage));
}
