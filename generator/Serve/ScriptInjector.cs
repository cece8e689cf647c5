using System.Text;

namespace StaticKb.Serve;

/// <summary>
/// Adds the reload script to HTML as the dev server sends it: <c>&lt;script src="/__statickb/livereload.js" defer&gt;</c>
/// just before <c>&lt;/body&gt;</c> (at the end when there is none). Files on disk are never changed.
/// </summary>
public static class ScriptInjector
{
    public const string ScriptPath = "/__statickb/livereload.js";
    public const string Tag = "<script src=\"" + ScriptPath + "\" defer></script>";

    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var result = at < 0 ? text + Tag + "\n" : string.Concat(text.AsSpan(0, at), Tag + "\n", text.AsSpan(at));
        return Encoding.UTF8.GetBytes(result);
    }
}
