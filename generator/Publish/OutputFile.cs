namespace StaticKb.Publish;

/// <summary>A file of the finished site: its site-relative path and bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
