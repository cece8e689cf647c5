namespace StaticKb.Import.Recognition;

/// <summary>
/// Finds every occurrence of a known entity's name or alias, as a whole word and with the exact capitalisation
/// (Vietnamese capitalises proper names, so "Bộ Công an" is the ministry and "bộ, ngành" is not).
/// Short document forms among the aliases are left to <see cref="DocumentRecognizer"/>.
/// </summary>
internal static class RegistryMatcher
{
    public static IEnumerable<Candidate> Find(string text, EntityRegistry registry, List<(int Start, string Surface, IReadOnlyList<KnownEntity> Entities)> ambiguous)
    {
        foreach (var surface in registry.Surfaces)
        {
            // A short form such as "Chỉ thị số 15" is resolved by its own rule, which reports ambiguity.
            if (DocumentRecognizer.IsShortForm(surface)) continue;
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                if (!VietnameseText.IsWholeWord(text, at, at + surface.Length)) continue;
                var entities = registry.WithSurface(surface);
                if (entities.Count != 1)
                {
                    ambiguous.Add((at, surface, entities));
                    continue;
                }
                var e = entities[0];
                // "Chính phủ Nhật Bản" is not our Chính phủ.
                if (e.Kind == EntityKinds.Organisation && OrganisationRecognizer.FollowedByCountry(text, at + surface.Length, registry)) continue;
                yield return new Candidate(new Mention(at, surface, e.Kind, e.Key, Known: true), Candidate.Registry);
            }
        }
    }
}
