using Scriban.Runtime;
using StaticKb.Diagnostics;
using StaticKb.Load;
using YamlDotNet.RepresentationModel;

namespace StaticKb.Render.Templates;

/// <summary>
/// UI strings per language from <c>templates/i18n/&lt;lang&gt;.yml</c> (Hugo's i18n bundles, flat keys).
/// A key that one language has and another lacks is a diagnostic, so no page shows a blank label.
/// </summary>
public sealed class I18nStrings
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;

    private I18nStrings(Dictionary<string, Dictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public static I18nStrings Load(string projectRoot, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, string>();
        foreach (var lang in languages)
        {
            var file = Path.Combine(projectRoot, TemplateSet.Folder, "i18n", lang + ".yml");
            if (File.Exists(file)) texts[lang] = File.ReadAllText(file);
            else diagnostics.Error(SourceLocation.File($"{TemplateSet.Folder}/i18n/{lang}.yml"), $"the UI strings for '{lang}' are missing",
                "copy another language's bundle and translate it");
        }
        return Parse(texts, diagnostics);
    }

    public static I18nStrings Parse(IReadOnlyDictionary<string, string> yamlByLanguage, DiagnosticBag diagnostics)
    {
        var bundles = new Dictionary<string, Dictionary<string, string>>();
        var locations = new Dictionary<string, Dictionary<string, SourceLocation>>();
        foreach (var (lang, yaml) in yamlByLanguage)
        {
            var path = $"{TemplateSet.Folder}/i18n/{lang}.yml";
            var reader = YamlMapReader.Parse(path, yaml, 1, diagnostics);
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var at = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            if (reader is not null)
            {
                foreach (var (key, value, location) in reader.Entries())
                {
                    if (value is YamlScalarNode s) (strings[key], at[key]) = (s.Value ?? "", location);
                    else diagnostics.Error(location, $"UI string '{key}' must be text");
                }
            }
            bundles[lang] = strings;
            locations[lang] = at;
        }
        foreach (var (lang, strings) in bundles)
        {
            foreach (var (other, otherStrings) in bundles)
            {
                if (other == lang) continue;
                foreach (var key in strings.Keys.Where(k => !otherStrings.ContainsKey(k)).Order(StringComparer.Ordinal))
                    diagnostics.Error(locations[lang][key], $"UI string '{key}' exists in {lang} but is missing in {other}",
                        $"add '{key}: …' to {TemplateSet.Folder}/i18n/{other}.yml");
            }
        }
        return new I18nStrings(bundles);
    }

    public string Get(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value : key;

    /// <summary>An optional string (e.g. a topic's name); <paramref name="fallback"/> when the bundle has none.</summary>
    public string GetOrDefault(string language, string key, string fallback) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value : fallback;

    /// <summary>
    /// The bundle as a template object: <c>{{ t.read_more }}</c>. A key missing in this language (already an error)
    /// takes the other language's text, so templates report the real problem only once.
    /// </summary>
    /// <remarks>
    /// Made once per language and shared by every page (it was made anew for each, a few hundred entries a page), so
    /// it is read-only: a template that assigns to <c>t</c> gets an error rather than changing other pages' strings.
    /// </remarks>
    public ScriptObject For(string language) => _templateObjects.GetOrAdd(language, lang =>
    {
        var obj = new ScriptObject();
        foreach (var (code, strings) in _byLanguage.OrderBy(kv => kv.Key == lang ? 1 : 0))
            foreach (var (k, v) in strings) obj[k] = v;
        obj.IsReadOnly = true;
        return obj;
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScriptObject> _templateObjects = new(StringComparer.Ordinal);
}
