using StaticKb.Model;

namespace StaticKb.Link;

/// <summary>The language versions of one article or entity, paired by translation key. Either side may be missing.</summary>
public sealed record TranslationPair<T>(string Key, IReadOnlyDictionary<string, T> ByLanguage) where T : class
{
    public T? In(string language) => ByLanguage.GetValueOrDefault(language);

    /// <summary>The version to show facts from when a language lacks one: the source language first.</summary>
    public T Primary(string sourceLanguage) => In(sourceLanguage) ?? ByLanguage.Values.First();
}
