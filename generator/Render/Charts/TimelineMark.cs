using StaticKb.Model;

namespace StaticKb.Render.Charts;

/// <summary>One entry to draw on the timeline picture.</summary>
public sealed record TimelineMark(PartialDate Date, bool IsConference, string Label);
