namespace StaticKb.Import.Figures;

/// <summary>
/// A key figure as the article states it: <see cref="Value"/> as written ("7,52", "6,5-7", "gần 50"),
/// its unit ("%", "thỏa thuận hợp tác"), what it measures and the period it covers, when the sentence says.
/// </summary>
public sealed record Figure(string Value, string Unit, string? Measure, string? Period);
