using StaticKb.Diagnostics;
using StaticKb.Model;

namespace StaticKb.Load;

/// <summary>Turns an entity page's front matter into an <see cref="Entity"/>; keys for other kinds are reported as unknown.</summary>
public static class EntityReader
{
    public static Entity? Read(ContentSource source, EntityKind kind, YamlMapReader fm, string body, DiagnosticBag diagnostics)
    {
        var name = fm.String("name", required: true);
        var key = fm.String("translation_key", required: true);
        var aliases = fm.StringList("aliases");
        var needsReview = fm.Bool("needs_review");
        var summary = fm.String("summary");
        var translatedFrom = fm.String("source_hash");
        var draft = fm.Bool("draft");
        // Pages that import created record their seeds and hash, so a re-import can tell an editor changed them.
        if (fm.Map("import") is { } import)
        {
            import.StringList("seeds");
            import.String("output_hash");
            import.ReportUnknownKeys();
        }

        PartialDate? date = null;
        string? docType = null, number = null, issuer = null, chair = null, format = null, shortName = null;
        IReadOnlyList<string> organisers = [];
        IReadOnlyList<PersonRole> roles = [];
        switch (kind)
        {
            case EntityKind.Document:
                docType = fm.String("doc_type", required: true);
                number = fm.String("number");
                issuer = fm.String("issuer");
                date = fm.Date("date", inferred: fm.Bool("date_inferred"));
                break;
            case EntityKind.Conference:
                date = fm.Date("date", required: true, inferred: fm.Bool("date_inferred"));
                chair = fm.String("chair");
                organisers = fm.StringList("organisers");
                format = fm.String("format");
                break;
            case EntityKind.Person:
                roles = fm.MapList("roles", r =>
                {
                    var title = r.String("title", required: true);
                    var org = r.String("organisation");
                    var asOf = r.Date("as_of");
                    return title is null ? null : new PersonRole(title, org, asOf);
                });
                break;
            case EntityKind.Organisation:
                shortName = fm.String("short_name");
                break;
            case EntityKind.Place:
                break;
        }
        fm.ReportUnknownKeys();
        if (key is not null) ContentRules.CheckKey(key, fm.LocationOf("translation_key") ?? fm.Location, diagnostics);

        // A draft is validated but not published, like an article draft.
        if (name is null || key is null || draft) return null;
        return new Entity(source, kind, name, key, aliases, needsReview, summary, date, docType, number, issuer, chair, organisers,
            format, roles, shortName, translatedFrom, body);
    }
}
