using StaticKb.Config;

namespace StaticKb.Tests.Config;

/// <summary>The site root, with the path GitHub Pages puts project sites under.</summary>
public class BaseUrlTests
{
    private static BaseUrl Parse(string text)
    {
        var url = BaseUrl.TryParse(text, out var error);
        Assert.True(url is not null, error);
        return url;
    }

    [Theory]
    [InlineData("https://org.github.io/repo/", "https://org.github.io", "/repo/")]
    [InlineData("https://org.github.io/repo", "https://org.github.io", "/repo/")]
    [InlineData("https://example.org", "https://example.org", "/")]
    [InlineData("http://localhost:8080/", "http://localhost:8080", "/")]
    [InlineData("  https://example.org/a/b/  ", "https://example.org", "/a/b/")]
    public void The_origin_and_a_path_with_both_slashes_are_kept_apart(string text, string origin, string path)
    {
        var url = Parse(text);

        Assert.Equal(origin, url.Origin);
        Assert.Equal(path, url.Path);
        Assert.Equal(origin + path, url.ToString());
    }

    [Theory]
    [InlineData("vi/articles/", "/repo/vi/articles/")]
    [InlineData("/vi/", "/repo/vi/")]
    [InlineData("", "/repo/")]
    [InlineData("assets/site.0123456789.css", "/repo/assets/site.0123456789.css")]
    public void Links_are_root_relative_below_the_base_path(string sitePath, string link)
    {
        var url = Parse("https://org.github.io/repo/");

        Assert.Equal(link, url.Link(sitePath));
        Assert.Equal("https://org.github.io" + link, url.Absolute(sitePath));
    }
}
