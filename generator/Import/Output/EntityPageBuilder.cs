using StaticKb.Import.Recognition;
using StaticKb.Load;
using StaticKb.Diagnostics;
using StaticKb.Model;
using YamlDotNet.RepresentationModel;

namespace StaticKb.Import.Output;

/// <summary>One sighting of an unknown entity in one seed.</summary>
public sealed record SeedSighting(string Seed, EntitySighting Sighting);

/// <summary>
/// Gathers every sighting of each unknown entity across the seeds of a run into one page: first stated name
/// and facts win (seeds are imported in order, so the result is deterministic), surface forms and roles add up.
/// A page the importer wrote earlier and nobody edited since keeps what it already listed, so importing one
/// new seed does not forget what earlier seeds said.
/// </summary>
public static class EntityPageBuilder
{
    public static IReadOnlyList<EntityPage> Build(IEnumerable<SeedSighting> sightings, Func<string, string?> existingPage)
    {
        var pages = new List<EntityPage>();
        foreach (var group in sightings.Where(s => !s.Sighting.Mention.Known).GroupBy(s => s.Sighting.Mention.Ref).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First().Sighting.Mention;
            var facts = Merge(group.Select(s => s.Sighting.Facts).Where(f => f is not null).Select(f => f!).ToList(), first);
            var surfaces = group.Select(s => s.Sighting.Mention.Surface).Where(s => first.Kind != EntityKinds.Conference || s.Split(' ').Length > 2);
            if (facts is DocumentFacts { DocType: { } type } doc)
                surfaces = surfaces.Append($"{type} số {new string(doc.Number.TakeWhile(char.IsDigit).ToArray())}");
            var roles = group.Select(s => s.Sighting.Facts).OfType<PersonFacts>().Select(p => p.Role).Where(r => r is not null).Select(r => r!);
            var seeds = group.Select(s => s.Seed);

            var page = new EntityPage(first.Kind, first.Key, facts.Name, [], facts, [], []);
            if (existingPage(page.RelativePath) is { } previous)
            {
                var (oldAliases, oldRoles, oldSeeds) = Read(previous);
                surfaces = surfaces.Concat(oldAliases);
                roles = roles.Concat(oldRoles);
                seeds = seeds.Concat(oldSeeds);
            }
            pages.Add(page with
            {
                Aliases = surfaces.Where(s => s != facts.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
                Roles = roles.DistinctBy(r => (r.Title, r.AsOf?.Iso)).OrderBy(r => r.AsOf?.Iso ?? "", StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ToList(),
                Seeds = seeds.Distinct().Order(StringComparer.Ordinal).ToList(),
            });
        }
        return pages;
    }

    private static EntityFacts Merge(IReadOnlyList<EntityFacts> all, Mention first)
    {
        switch (all.FirstOrDefault())
        {
            case DocumentFacts d:
                var docs = all.OfType<DocumentFacts>().ToList();
                return d with
                {
                    DocType = docs.Select(x => x.DocType).FirstOrDefault(x => x is not null),
                    Date = docs.Select(x => x.Date).FirstOrDefault(x => x is not null),
                    Issuer = docs.Select(x => x.Issuer).FirstOrDefault(x => x is not null),
                    Name = docs.FirstOrDefault(x => x.DocType is not null)?.Name ?? d.Name,
                };
            case ConferenceFacts c:
                var cs = all.OfType<ConferenceFacts>().ToList();
                return c with
                {
                    Chair = cs.Select(x => x.Chair).FirstOrDefault(x => x is not null),
                    Organiser = cs.Select(x => x.Organiser).FirstOrDefault(x => x is not null),
                    Format = cs.Select(x => x.Format).FirstOrDefault(x => x is not null),
                    About = cs.Select(x => x.About).FirstOrDefault(x => x is not null),
                };
            case { } f:
                return f;
            default:
                return new NamedFacts(first.Surface);
        }
    }

    /// <summary>Aliases, roles and seeds listed by a page the importer wrote before.</summary>
    private static (IEnumerable<string> Aliases, IEnumerable<StatedRole> Roles, IEnumerable<string> Seeds) Read(string page)
    {
        var split = FrontMatterSplitter.Split("", page, new DiagnosticBag());
        if (split is null) return ([], [], []);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(split.FrontMatter)); }
        catch (YamlDotNet.Core.YamlException) { return ([], [], []); }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return ([], [], []);
        var aliases = Scalars(map, "aliases");
        var seeds = map.Children.TryGetValue(new YamlScalarNode("import"), out var import) && import is YamlMappingNode im ? Scalars(im, "seeds") : [];
        var roles = new List<StatedRole>();
        if (map.Children.TryGetValue(new YamlScalarNode("roles"), out var r) && r is YamlSequenceNode seq)
        {
            foreach (var item in seq.OfType<YamlMappingNode>())
            {
                var title = Scalar(item, "title");
                var asOf = Scalar(item, "as_of") is { } iso ? PartialDate.TryParse(iso, out _) : null;
                if (title is not null) roles.Add(new StatedRole(title, asOf));
            }
        }
        return (aliases, roles, seeds);
    }

    private static IReadOnlyList<string> Scalars(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;
}
