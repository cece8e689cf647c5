namespace StaticKb.Link;

public enum TranslationState
{
    /// <summary>Both languages exist and the translation records the current hash of its source.</summary>
    Current,

    /// <summary>The source changed after it was translated (or the translation never recorded its source).</summary>
    Stale,

    /// <summary>Only the source language exists.</summary>
    Missing,
}

/// <summary>One line of the translation status report.</summary>
public sealed record TranslationStatus(string Section, string Key, string SourcePath, string? TranslationPath, TranslationState State);
