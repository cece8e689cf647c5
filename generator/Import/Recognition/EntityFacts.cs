using StaticKb.Model;

namespace StaticKb.Import.Recognition;

/// <summary>What one mention says about an entity, gathered into the page of an entity the registry lacks.</summary>
public abstract record EntityFacts(string Name);

public sealed record DocumentFacts(string Name, string? DocType, string Number, PartialDate? Date, string? Issuer) : EntityFacts(Name);

/// <summary>A role "as stated" ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") and the date the article states it at.</summary>
public sealed record StatedRole(string Title, PartialDate? AsOf);

public sealed record PersonFacts(string Name, StatedRole? Role) : EntityFacts(Name);

public sealed record NamedFacts(string Name) : EntityFacts(Name);

public sealed record ConferenceFacts(string Name, PartialDate? Date, string? Chair, string? Organiser, string? Format, string? About) : EntityFacts(Name);
