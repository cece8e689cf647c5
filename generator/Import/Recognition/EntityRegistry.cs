namespace StaticKb.Import.Recognition;

/// <summary>
/// The known entities, indexed for recognition: every name and alias as a surface form, documents also by number.
/// A surface form two entities share is ambiguous and is reported rather than guessed.
/// </summary>
public sealed class EntityRegistry
{
    private readonly Dictionary<string, KnownEntity> _byRef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownEntity>> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity> _byNumber = new(StringComparer.OrdinalIgnoreCase);

    public EntityRegistry(IEnumerable<KnownEntity> entities)
    {
        foreach (var e in entities)
        {
            _byRef.TryAdd(e.Ref, e);
            foreach (var surface in e.Aliases.Prepend(e.Name).Select(s => VietnameseLetters.ToComposed(s).Trim()).Where(s => s.Length > 0).Distinct())
            {
                if (!_bySurface.TryGetValue(surface, out var list)) _bySurface[surface] = list = [];
                if (!list.Any(x => x.Ref == e.Ref)) list.Add(e);
            }
            if (e.DocumentNumber is { Length: > 0 } n) _byNumber.TryAdd(n, e);
        }
        // Longest first, so "Văn phòng Chính phủ" is tried before "Chính phủ".
        Surfaces = _bySurface.Keys.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
    }

    public static EntityRegistry Empty { get; } = new([]);

    public IReadOnlyList<string> Surfaces { get; }

    public IReadOnlyList<KnownEntity> WithSurface(string surface) => _bySurface.TryGetValue(surface, out var l) ? l : [];

    public KnownEntity? ByRef(string kind, string key) => _byRef.GetValueOrDefault($"{kind}/{key}");

    public bool Contains(string kind, string key) => _byRef.ContainsKey($"{kind}/{key}");

    public KnownEntity? DocumentByNumber(string number) => _byNumber.GetValueOrDefault(number);

    public IEnumerable<KnownEntity> Documents => _byRef.Values.Where(e => e.Kind == EntityKinds.Document && e.DocumentNumber is not null);

    /// <summary>The one entity of <paramref name="kind"/> that <paramref name="surface"/> names, or null if none or several.</summary>
    public KnownEntity? Unique(string kind, string surface)
    {
        var matches = WithSurface(surface).Where(e => e.Kind == kind).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
