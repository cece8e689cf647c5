namespace StaticKb.Config;

/// <summary>A menu entry: the i18n key of its label and a path below the language root (<c>articles/</c>).</summary>
public sealed record MenuItem(string Label, string Path);
