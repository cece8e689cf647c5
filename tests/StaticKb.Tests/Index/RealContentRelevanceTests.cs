using System.Text.Json;
using StaticKb.Build;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Index;

/// <summary>
/// Queries readers type, on the site's real content: the repository's articles and entities are built into a temp
/// folder, and the generated indexes are queried with real lunr.js through search.js's query building.
/// The right page must come first.
/// </summary>
public class RealContentRelevanceTests : IClassFixture<RealContentRelevanceTests.BuiltRealSite>
{
    public sealed class BuiltRealSite : IDisposable
    {
        public string Output { get; } = Path.Combine(Path.GetTempPath(), "statickb-real-search-" + Guid.NewGuid().ToString("N"));

        public BuiltRealSite()
        {
            var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Root, OutputDir: Output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public string Asset(string prefix) =>
            Directory.EnumerateFiles(Path.Combine(Output, "assets"), prefix + ".*.json").Single();

        public void Dispose() => Directory.Delete(Output, recursive: true);
    }

    private readonly BuiltRealSite _site;

    public RealContentRelevanceTests(BuiltRealSite site) => _site = site;

    private string[] First(string language, string query)
    {
        var result = NodeHarness.Run("query", new
        {
            language,
            indexPath = _site.Asset($"search-{language}"),
            docsPath = _site.Asset($"search-docs-{language}"),
            queries = new[] { new { text = query, typing = false, highlight = Array.Empty<string>() } },
        });
        return result[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToArray();
    }

    [Theory]
    [InlineData("vi", "15-CT/TW", "vi/documents/15-ct-tw/")]
    [InlineData("vi", "chi thi 15", "vi/documents/15-ct-tw/")]
    [InlineData("vi", "Chỉ thị số 15", "vi/documents/15-ct-tw/")]
    [InlineData("vi", "355/TB-VPCP", "vi/documents/355-tb-vpcp/")]
    [InlineData("vi", "nghị quyết 222", "vi/documents/222-2025-qh15/")]
    [InlineData("vi", "phạm minh chính", "vi/people/pham-minh-chinh/")]
    [InlineData("vi", "pham minh chinh", "vi/people/pham-minh-chinh/")]
    [InlineData("vi", "tạo đà tăng trưởng hai con số", "vi/articles/day-manh-cong-tac-ngoai-giao-kinh-te-tao-da-tang-truong-hai-con-so/")]
    [InlineData("vi", "tao da tang truong hai con so", "vi/articles/day-manh-cong-tac-ngoai-giao-kinh-te-tao-da-tang-truong-hai-con-so/")]
    [InlineData("vi", "cay tre", "vi/articles/cong-tac-ngoai-giao-kinh-te-cua-nuoc-ta-duoc-trien-khai-quyet-liet/")]
    [InlineData("vi", "7,52", "vi/articles/day-manh-cong-tac-ngoai-giao-kinh-te-tao-da-tang-truong-hai-con-so/")]
    [InlineData("vi", "7.52", "vi/articles/day-manh-cong-tac-ngoai-giao-kinh-te-tao-da-tang-truong-hai-con-so/")]
    [InlineData("en", "Directive 15", "en/documents/15-ct-tw/")]
    [InlineData("en", "15-CT/TW", "en/documents/15-ct-tw/")]
    [InlineData("en", "Pham Minh Chinh", "en/people/pham-minh-chinh/")]
    [InlineData("en", "double-digit growth", "en/articles/day-manh-cong-tac-ngoai-giao-kinh-te-tao-da-tang-truong-hai-con-so/")]
    [InlineData("en", "bamboo diplomacy", "en/articles/cong-tac-ngoai-giao-kinh-te-cua-nuoc-ta-duoc-trien-khai-quyet-liet/")]
    [InlineData("en", "7.52", "en/articles/day-manh-cong-tac-ngoai-giao-kinh-te-tao-da-tang-truong-hai-con-so/")]
    public void The_right_page_comes_first(string language, string query, string expected)
    {
        var urls = First(language, query);
        Assert.True(urls.Length > 0 && urls[0] == expected, $"[{language}] {query}: expected {expected} first, got:\n  " + string.Join("\n  ", urls.Take(5)));
    }
}
