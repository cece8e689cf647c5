using StaticKb.Config;
using StaticKb.Model;

namespace StaticKb.Load;

/// <summary>The Load stage's output: configuration and every parsed article and entity, in a stable order.</summary>
public sealed record LoadedSite(
    string ProjectRoot,
    SiteConfig Config,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities);
