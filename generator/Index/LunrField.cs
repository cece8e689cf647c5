namespace StaticKb.Index;

/// <summary>A field of a lunr index and its build-time boost (<c>builder.field(name, { boost })</c>).</summary>
internal sealed record LunrField(string Name, double Boost);
