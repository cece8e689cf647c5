namespace StaticKb.Config;

/// <summary>One language of the site: its code (<c>vi</c>, <c>en</c>), its own name, and its title and description.</summary>
public sealed record LanguageConfig(string Code, string Name, string Title, string Description);
