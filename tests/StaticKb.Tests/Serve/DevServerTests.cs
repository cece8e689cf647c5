using StaticKb.Serve;
using System.Net;
using System.Text.RegularExpressions;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>What the dev server sends: pages under the base path with the reload script, the files on disk without it.</summary>
public sealed class DevServerTests
{
    private const string Article = "vi/articles/ngoai-giao-kinh-te-2024/";

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_reload_script_but_the_files_on_disk_have_none()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project, basePath: "/kb/");
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);

        var html = await serve.GetStringAsync("/kb/" + Article);
        Assert.Contains("Đẩy mạnh ngoại giao kinh tế năm 2024", html);
        Assert.Contains("<script src=\"/__statickb/livereload.js\" defer></script>\n</body>", html);
        Assert.Single(Regex.Matches(html, "livereload\\.js"));
        Assert.Contains("href=\"/kb/vi/documents/15-ct-tw/\"", html);
        Assert.Contains($"href=\"http://127.0.0.1:{serve.Session.Port}/kb/{Article}\"", html);

        var onDisk = File.ReadAllText(Path.Combine(serve.Session.OutputDirectory, Article, "index.html"));
        Assert.Contains("Đẩy mạnh ngoại giao kinh tế năm 2024", onDisk);
        Assert.DoesNotContain("livereload", onDisk);
        Assert.Equal(project.Full("_site.serve"), serve.Session.OutputDirectory);
        Assert.False(Directory.Exists(project.Full("_site")), "serve must not touch the published _site/");

        var css = Regex.Match(html, "<link rel=\"stylesheet\" href=\"(/kb/assets/[^\"]+\\.css)\">").Groups[1].Value;
        using var cssResponse = await serve.Http.GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, cssResponse.StatusCode);
        Assert.Equal("text/css", cssResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(serve.Session.OutputDirectory, css["/kb/".Length..])), await cssResponse.Content.ReadAsByteArrayAsync());

        using var script = await serve.Http.GetAsync("/__statickb/livereload.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource('/__statickb/events')", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_root_redirects_to_the_default_language_and_unknown_paths_get_the_404_page()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project, basePath: "/kb/");
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);

        foreach (var root in new[] { "/", "/kb/", "/kb" })
        {
            using var redirect = await serve.Http.GetAsync(root);
            Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
            Assert.Equal("/kb/vi/", redirect.Headers.Location?.OriginalString);
        }

        using var folder = await serve.Http.GetAsync("/kb/vi/articles");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/kb/vi/articles/", folder.Headers.Location?.OriginalString);

        var notFoundOnDisk = File.ReadAllText(Path.Combine(serve.Session.OutputDirectory, "404.html"));
        foreach (var missing in new[] { "/kb/vi/no-such-page/", "/kb/vi/articles/missing.html", "/vi/", "/kb/../site.yml", "/kb/.statickb-output" })
        {
            using var response = await serve.Http.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("livereload.js", body);
            Assert.Equal(notFoundOnDisk.Replace("</body>", "<script src=\"/__statickb/livereload.js\" defer></script>\n</body>"), body);
        }
    }

    [Fact]
    public async Task Serve_by_default_puts_the_site_at_the_root_of_127_0_0_1()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);

        Assert.Equal(new Uri($"http://127.0.0.1:{serve.Session.Port}/"), serve.Session.SiteUri);
        using var redirect = await serve.Http.GetAsync("/");
        Assert.Equal("/vi/", redirect.Headers.Location?.OriginalString);
        var html = await serve.GetStringAsync("/en/articles/ngoai-giao-kinh-te-2024/");
        Assert.Contains("Stepping up economic diplomacy in 2024", html);
        Assert.Contains("href=\"/en/documents/15-ct-tw/\"", html);
    }

    [Fact]
    public async Task Requests_for_another_host_name_are_refused()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);

        foreach (var host in new[] { "evil.example", $"evil.example:{serve.Session.Port}", "127.0.0.1:1" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/vi/");
            request.Headers.Host = host;
            using var response = await serve.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        using var local = new HttpRequestMessage(HttpMethod.Get, "/vi/");
        local.Headers.Host = $"localhost:{serve.Session.Port}";
        Assert.Equal(HttpStatusCode.OK, (await serve.Http.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task A_serve_folder_deleted_while_serving_is_written_again_by_the_next_build()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        Directory.Delete(serve.Session.OutputDirectory, recursive: true);

        const string article = "content/en/articles/tang-truong-quy-hai.md";
        project.Write(article, project.Read(article).Replace("Second-quarter growth", "Growth, second quarter"));
        RebuildReport report;
        do report = await serve.NextBuildAsync();
        while (report.Event != "reload");
        Assert.Contains("Growth, second quarter", await serve.GetStringAsync("/en/articles/tang-truong-quy-hai/"));
        Assert.Contains("Đẩy mạnh ngoại giao kinh tế năm 2024", await serve.GetStringAsync("/vi/articles/ngoai-giao-kinh-te-2024/"));
    }
}
