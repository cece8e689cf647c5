namespace StaticKb.Model;

/// <summary>
/// A figure an article reports: <c>7,52</c> <c>%</c>, "Tăng trưởng GDP", "6 tháng đầu năm 2025".
/// <see cref="Series"/> (a slug) groups figures of different articles into one chart; <see cref="Type"/> tells a
/// target from a result within a series.
/// </summary>
public sealed record KeyFigure(string Value, string? Unit, string Measure, string? Period, string? Series = null, string? Type = null);
