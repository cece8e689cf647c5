namespace StaticKb.Model;

/// <summary>Which seed an imported file came from, and the hash of the file as import wrote it (to detect editors' changes).</summary>
public sealed record ImportProvenance(string Seed, string SeedHash, string OutputHash);
