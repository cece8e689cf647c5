using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Load;

namespace StaticKb.Import;

/// <summary>
/// The registry import recognises entities by: every Vietnamese entity page of the site (name, aliases, and for
/// documents the official number). Pages that an earlier import created count as known from then on.
/// </summary>
public static class RegistryFromContent
{
    public static IReadOnlyList<KnownEntity> Load(string projectRoot, DiagnosticBag diagnostics)
    {
        var config = SiteConfigReader.Read(projectRoot, new SiteConfigReader.Overrides(), diagnostics);
        if (config is null) return [];
        var site = ContentLoader.Load(projectRoot, config, diagnostics);
        if (site is null) return [];
        return site.Entities
            .Where(e => e.Language == config.DefaultLanguage.Code)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new KnownEntity(Model.EntityKinds.Id(e.Kind), e.TranslationKey, e.Name, e.Aliases, e.Number))
            .ToList();
    }
}
