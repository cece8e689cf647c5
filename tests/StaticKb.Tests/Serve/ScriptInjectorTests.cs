using System.Text;
using StaticKb.Serve;

namespace StaticKb.Tests.Serve;

public sealed class ScriptInjectorTests
{
    private static string Inject(string html) => Encoding.UTF8.GetString(ScriptInjector.Inject(Encoding.UTF8.GetBytes(html)));

    [Fact]
    public void The_script_goes_before_the_last_closing_body_tag()
    {
        Assert.Equal("<body><p>Việt Nam</p><script src=\"/__statickb/livereload.js\" defer></script>\n</body></html>",
            Inject("<body><p>Việt Nam</p></body></html>"));
        Assert.Equal("<BODY><pre>&lt;/body&gt;</pre><script src=\"/__statickb/livereload.js\" defer></script>\n</BODY>",
            Inject("<BODY><pre>&lt;/body&gt;</pre></BODY>"));
    }

    [Fact]
    public void Html_without_a_closing_body_tag_gets_the_script_at_the_end()
    {
        Assert.Equal("<p>x</p><script src=\"/__statickb/livereload.js\" defer></script>\n", Inject("<p>x</p>"));
    }
}
