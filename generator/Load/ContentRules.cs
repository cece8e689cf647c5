using System.Text.RegularExpressions;
using StaticKb.Diagnostics;

namespace StaticKb.Load;

/// <summary>Rules for names that become URLs: lower-case ASCII words joined by '-', nothing that can climb out of a folder.</summary>
public static partial class ContentRules
{
    public static bool IsSlug(string s) => SlugShape().IsMatch(s);

    public static void CheckKey(string key, SourceLocation at, DiagnosticBag diagnostics, string what = "translation_key")
    {
        if (!IsSlug(key))
            diagnostics.Error(at, $"{what} '{key}' must be a slug: lower-case ASCII letters and digits joined by '-'",
                "for example 'day-manh-ngoai-giao-kinh-te'");
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SlugShape();
}
