namespace StaticKb.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content (or templates, or site.yml) has errors; diagnostics say where.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
