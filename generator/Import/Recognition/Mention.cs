namespace StaticKb.Import.Recognition;

/// <summary>
/// A stretch of a block's text that names an entity. <see cref="Surface"/> is exactly the text of the seed, so the
/// annotation <c>[[kind/key|surface]]</c> can be removed to give the original back.
/// </summary>
public sealed record Mention(int Start, string Surface, string Kind, string Key, bool Known)
{
    public int End => Start + Surface.Length;
    public string Ref => $"{Kind}/{Key}";
}

/// <summary>
/// A mention one recogniser proposes. Several may claim the same words ("UBND tỉnh Lạng Sơn" is an organisation
/// and contains a place); <see cref="MentionResolver"/> keeps the longest, then the highest <see cref="Priority"/>.
/// <see cref="Facts"/> carries what the text says about an entity the registry does not know yet.
/// </summary>
internal sealed record Candidate(Mention Mention, int Priority, EntityFacts? Facts = null)
{
    public const int Pattern = 1;
    public const int Registry = 2;
    public const int Conference = 3;
}
