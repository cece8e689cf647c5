using System.Text.RegularExpressions;
using StaticKb.Import.Dates;

namespace StaticKb.Import.Recognition;

/// <summary>"Chỉ thị số 15": a document named by its type and the leading digits of its number only.</summary>
internal sealed record ShortDocumentReference(int Start, string Surface, string DocType, string Digits);

/// <summary>A document the article can point a short reference at: known to the registry or cited in full in the article.</summary>
internal sealed record DocumentIdentity(string Key, string Number, string? DocType, bool Known);

/// <summary>
/// Legal documents by the shape of Vietnamese document numbers: digits, an optional year, then letter codes
/// joined by "-" or "/" (<c>15-CT/TW</c>, <c>21/NQ-CP</c>, <c>355/TB-VPCP</c>, <c>222/2025/QH15</c>,
/// <c>1234/QĐ-TTg</c>), with the type word before it when present (Chỉ thị, Nghị quyết, Thông báo …, in either case).
/// </summary>
internal static class DocumentRecognizer
{
    private static readonly string Types = string.Join("|", DocumentTypes.Words.Select(w => $"[{char.ToUpperInvariant(w[0])}{char.ToLowerInvariant(w[0])}]{Regex.Escape(w[1..])}"));
    // Short forms only for the types that are cited by number alone; "Chương trình 135" or "Kế hoạch 2025" are names.
    private static readonly string CapitalisedTypes = string.Join("|", DocumentTypes.ShortFormWords.Select(Regex.Escape));

    private const string Code = @"\p{Lu}\p{L}*\d*";

    private static readonly Regex Numbered = new(
        $@"(?<![\p{{L}}\d])(?:(?<type>{Types})\s+(?:[Ss]ố\s+)?)?(?<num>\d{{1,5}}(?<year>/\d{{4}})?[-/]{Code}(?:[-/]{Code})*)(?![\p{{L}}\d])(?![-/][\p{{L}}\d])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Short = new(
        $@"(?<![\p{{L}}\d])(?<type>{CapitalisedTypes})\s+(?:số\s+)?(?<n>\d{{1,5}})(?![\d\p{{L}}])(?![/\-–.,]?[\p{{L}}\d])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IEnumerable<Candidate> FindNumbered(string text, EntityRegistry registry)
    {
        foreach (Match m in Numbered.Matches(text))
        {
            var number = m.Groups["num"].Value;
            var typeWord = m.Groups["type"].Success ? DocumentTypes.Canonical(m.Groups["type"].Value) : null;
            var codes = DocumentTypes.Codes(number);
            // "3-D" or "5/KH" alone are not document numbers; with a type word before them they are.
            if (typeWord is null && (codes.Count < 2 && !m.Groups["year"].Success || codes[0].Length < 2)) continue;

            // Without a type word, "số" stays outside the mention: the mention is the number itself.
            var start = typeWord is null ? m.Groups["num"].Index : m.Index;
            var surface = text[start..(m.Index + m.Length)];
            if (registry.DocumentByNumber(number) is { } known)
            {
                yield return new Candidate(new Mention(start, surface, EntityKinds.Document, known.Key, Known: true), Candidate.Registry);
                continue;
            }
            var docType = typeWord ?? DocumentTypes.TypeFromNumber(number);
            var date = VietnameseDates.DateRightAfter(text, m.Index + m.Length)?.WithYear(null);
            var name = $"{docType ?? "Văn bản"} số {number}";
            yield return new Candidate(
                new Mention(start, surface, EntityKinds.Document, Slug.From(number), Known: false),
                Candidate.Pattern,
                new DocumentFacts(name, docType, number, date, Issuer: null));
        }
    }

    public static IEnumerable<ShortDocumentReference> FindShortForms(string text)
    {
        foreach (Match m in Short.Matches(text))
        {
            if (m.Groups["n"].Value.Length == 4 && m.Groups["n"].Value[0] is '1' or '2') continue; // a year, not a number
            yield return new ShortDocumentReference(m.Index, m.Value, m.Groups["type"].Value, m.Groups["n"].Value);
        }
    }

    /// <summary>True when <paramref name="surface"/> is nothing but a short form, "Chỉ thị số 15".</summary>
    public static bool IsShortForm(string surface) => FindShortForms(surface).Any(r => r.Start == 0 && r.Surface.Length == surface.Length);

    /// <summary>The documents whose type matches and whose number starts with the digits ("15" → 15-CT/TW, not 150/…).</summary>
    public static IReadOnlyList<DocumentIdentity> Resolve(ShortDocumentReference reference, IEnumerable<DocumentIdentity> documents) =>
        documents
            .Where(d => string.Equals(d.DocType, reference.DocType, StringComparison.OrdinalIgnoreCase))
            .Where(d => d.Number.StartsWith(reference.Digits, StringComparison.Ordinal)
                        && d.Number.Length > reference.Digits.Length && !char.IsDigit(d.Number[reference.Digits.Length]))
            .DistinctBy(d => d.Key)
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The identity of a registry document, its type read from its name or, failing that, its number.</summary>
    public static DocumentIdentity Identity(KnownEntity document) =>
        new(document.Key, document.DocumentNumber!, DocumentTypes.TypeOfName(document.Name) ?? DocumentTypes.TypeFromNumber(document.DocumentNumber!), Known: true);
}
