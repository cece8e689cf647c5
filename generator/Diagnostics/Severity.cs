namespace StaticKb.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
