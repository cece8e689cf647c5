namespace StaticKb.Model;

/// <summary>A figure an article reports: <c>7,52</c> <c>%</c>, "Tăng trưởng GDP", "6 tháng đầu năm 2025".</summary>
public sealed record KeyFigure(string Value, string? Unit, string Measure, string? Period);
