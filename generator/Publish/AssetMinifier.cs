using NUglify;
using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Minifies the site's own CSS and JavaScript with NUglify at build time; the repository keeps the readable
/// sources. A syntax error in an asset is a diagnostic with its line and column, not a broken page.
/// </summary>
public static class AssetMinifier
{
    /// <summary>The minified text, or null for files that are not CSS or JS (they are copied as they are).</summary>
    public static string? Minify(string name, string text, string displayPath, DiagnosticBag diagnostics)
    {
        UglifyResult result;
        if (name.EndsWith(".css", StringComparison.Ordinal)) result = Uglify.Css(text);
        else if (name.EndsWith(".js", StringComparison.Ordinal)) result = Uglify.Js(text);
        else return null;
        foreach (var error in result.Errors.Where(e => e.IsError))
            diagnostics.Error(new SourceLocation(displayPath, error.StartLine, error.StartColumn), $"{error.Message}");
        return result.HasErrors ? null : result.Code;
    }
}
