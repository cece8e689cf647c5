namespace StaticKb.Build;

/// <summary>What to build and where. Null overrides fall back to site.yml.</summary>
public sealed record BuildOptions(string ProjectRoot, string? BaseUrl = null, string? OutputDir = null, bool WriteOutput = true, bool Strict = false);
