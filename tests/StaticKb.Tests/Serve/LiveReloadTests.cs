using StaticKb.Serve;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>Editing, breaking and fixing files while serve runs, as the open pages see it through server-sent events.</summary>
public sealed class LiveReloadTests
{
    private const string ViArticle = "content/vi/articles/ngoai-giao-kinh-te-2024.md";
    private const string ViPage = "/vi/articles/ngoai-giao-kinh-te-2024/";

    [Fact]
    public async Task Editing_a_content_file_rebuilds_the_site_and_tells_open_pages_to_reload()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        await using var events = await serve.EventsAsync();
        var hello = await events.NextAsync(RunningServe.Timeout);
        Assert.Equal("hello", hello.Name);
        Assert.True(hello.Json.GetProperty("ok").GetBoolean());

        project.Write(ViArticle, project.Read(ViArticle).Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Ngoại giao kinh tế năm 2024: kết quả mới"));

        var reload = await events.NextBuildEventAsync(RunningServe.Timeout);
        Assert.Equal("reload", reload.Name);
        Assert.True(reload.Json.GetProperty("build").GetInt32() >= 2);
        var html = await serve.GetStringAsync(ViPage);
        Assert.Contains("Ngoại giao kinh tế năm 2024: kết quả mới", html);
        Assert.DoesNotContain("Đẩy mạnh ngoại giao kinh tế năm 2024", html);
        Assert.Contains("Ngoại giao kinh tế năm 2024: kết quả mới", File.ReadAllText(Path.Combine(serve.Session.OutputDirectory, "vi/index.html")));

        // Only the edited file was parsed again; the templates came from the cache.
        var rebuilt = await serve.NextBuildAsync();
        Assert.Contains(ViArticle, rebuilt.Changes!);
        Assert.Equal(1, rebuilt.ContentFilesRead);
        Assert.False(rebuilt.TemplatesReloaded);
        Assert.Equal("reload", rebuilt.Event);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kb/")]
    public async Task A_body_edit_reloads_the_articles_own_pages_first_and_names_the_pages_each_reload_is_for(string basePath)
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project, basePath);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        await using var events = await serve.EventsAsync();
        var hello = await events.NextAsync(RunningServe.Timeout);
        Assert.Equal("hello", hello.Name);
        var update = hello.Json.GetProperty("update").GetInt32();
        var page = basePath + ViPage[1..];

        // A sentence of the body only (the front matter stays as it was), one that the entity pages it annotates quote.
        var original = project.Read(ViArticle);
        Assert.Contains("tổ chức hội nghị đánh giá", original);
        project.Write(ViArticle, original.Replace("tổ chức hội nghị đánh giá", "tổ chức hội nghị lớn đánh giá"));

        var first = await events.NextBuildEventAsync(RunningServe.Timeout);
        Assert.Equal("reload", first.Name);
        Assert.Equal(update + 1, first.Json.GetProperty("update").GetInt32());
        var pages = first.Json.GetProperty("pages").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(page, pages);
        Assert.All(pages, p => Assert.StartsWith(basePath, p));
        Assert.All(pages, p => Assert.Contains("/articles/ngoai-giao-kinh-te-2024/", p));
        // When the event arrives, the page it names is already the new one.
        Assert.Contains("hội nghị lớn", await serve.GetStringAsync(page));

        var report = await serve.NextBuildAsync();
        Assert.Equal("reload", report.Event);
        Assert.True(report.PagesFirstWritten >= 1);
        Assert.NotNull(report.PagesFirstSentTimestamp);
        // The pages that quote the sentence follow, named too, as a later update of the same build.
        Assert.Equal(2, report.ReloadsSent);
        var rest = await events.NextBuildEventAsync(RunningServe.Timeout);
        Assert.Equal("reload", rest.Name);
        Assert.Equal(first.Json.GetProperty("build").GetInt32(), rest.Json.GetProperty("build").GetInt32());
        Assert.Equal(update + 2, rest.Json.GetProperty("update").GetInt32());
        var others = rest.Json.GetProperty("pages").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(basePath + "vi/organisations/bo-ngoai-giao/", others);
        Assert.DoesNotContain(page, others);
        Assert.Contains("hội nghị lớn", await serve.GetStringAsync(basePath + "vi/organisations/bo-ngoai-giao/"));
    }

    [Fact]
    public async Task A_content_error_is_sent_with_its_file_line_and_column_the_last_good_site_stays_and_a_fix_reloads()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        var good = await serve.GetStringAsync(ViPage);
        await using var events = await serve.EventsAsync();
        Assert.Equal("hello", (await events.NextAsync(RunningServe.Timeout)).Name);

        // An annotation naming an entity that does not exist, on a known line and column of the file.
        var original = project.Read(ViArticle);
        var broken = original.Replace("Các cơ quan đại diện tích cực", "Các cơ quan đại diện [[document/khong-co|Chỉ thị 99]] tích cực");
        project.Write(ViArticle, broken);
        var lines = broken.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("[[document/khong-co")) + 1;
        var column = lines[line - 1].IndexOf("[[document/khong-co", StringComparison.Ordinal) + 1;

        var error = await events.NextBuildEventAsync(RunningServe.Timeout);
        Assert.Equal("error", error.Name);
        var diagnostic = Assert.Single(error.Json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(ViArticle, diagnostic.GetProperty("file").GetString());
        Assert.Equal(line, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(column, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("document/khong-co", diagnostic.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("hint").GetString()));

        // The last good site is still served, and a page opened now learns of the error as it connects.
        Assert.Equal(good, await serve.GetStringAsync(ViPage));
        await using (var late = await serve.EventsAsync())
        {
            var hello = await late.NextAsync(RunningServe.Timeout);
            Assert.Equal("hello", hello.Name);
            Assert.False(hello.Json.GetProperty("ok").GetBoolean());
            var again = await late.NextAsync(RunningServe.Timeout);
            Assert.Equal("error", again.Name);
            Assert.Equal(error.Data, again.Data);
        }

        project.Write(ViArticle, original.Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Đã sửa lỗi"));
        Assert.Equal("reload", (await events.NextBuildEventAsync(RunningServe.Timeout)).Name);
        Assert.Contains("Đã sửa lỗi", await serve.GetStringAsync(ViPage));
        await using (var after = await serve.EventsAsync())
        {
            var hello = await after.NextAsync(RunningServe.Timeout);
            Assert.True(hello.Json.GetProperty("ok").GetBoolean());
        }
    }

    [Fact]
    public async Task A_template_syntax_error_points_at_the_template_line_and_fixing_it_reloads()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        await using var events = await serve.EventsAsync();
        Assert.Equal("hello", (await events.NextAsync(RunningServe.Timeout)).Name);

        const string template = "templates/pages/article.html";
        var original = project.Read(template);
        project.Write(template, "<p>ok</p>\n<p>{{ if }}</p>\n" + original);
        var error = await events.NextBuildEventAsync(RunningServe.Timeout);
        Assert.Equal("error", error.Name);
        var syntax = error.Json.GetProperty("diagnostics").EnumerateArray()
            .First(d => d.GetProperty("message").GetString()!.StartsWith("template error: Error while parsing if", StringComparison.Ordinal));
        Assert.Equal(template, syntax.GetProperty("file").GetString());
        Assert.Equal(2, syntax.GetProperty("line").GetInt32());
        Assert.Equal(10, syntax.GetProperty("column").GetInt32());

        project.Write(template, "<p class=\"edited-template\"></p>\n" + original);
        Assert.Equal("reload", (await events.NextBuildEventAsync(RunningServe.Timeout)).Name);
        Assert.Contains("edited-template", await serve.GetStringAsync(ViPage));
        RebuildReport? last = null;
        while (last?.Event != "reload") last = await serve.NextBuildAsync();
        Assert.True(last.TemplatesReloaded);
        Assert.True(last.ContentFilesRead == 0, serve.Log);
    }

    [Fact]
    public async Task When_the_first_build_fails_pages_show_the_errors_and_the_fix_brings_the_site()
    {
        using var project = ServeProject.Create();
        var original = project.Read(ViArticle);
        project.Write(ViArticle, original.Replace("date: 2024-04-02", "date: 2024-02-30"));
        await using var serve = await RunningServe.StartAsync(project);
        Assert.False((await serve.NextBuildAsync()).Succeeded);

        using (var response = await serve.Http.GetAsync(ViPage))
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("/__statickb/livereload.js", await response.Content.ReadAsStringAsync());
        }
        await using var events = await serve.EventsAsync();
        Assert.False((await events.NextAsync(RunningServe.Timeout)).Json.GetProperty("ok").GetBoolean());
        var error = await events.NextAsync(RunningServe.Timeout);
        Assert.Equal("error", error.Name);
        var diagnostic = error.Json.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal(ViArticle, diagnostic.GetProperty("file").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Contains("2024-02-30", diagnostic.GetProperty("message").GetString());

        project.Write(ViArticle, original);
        Assert.Equal("reload", (await events.NextBuildEventAsync(RunningServe.Timeout)).Name);
        Assert.Contains("Đẩy mạnh ngoại giao kinh tế năm 2024", await serve.GetStringAsync(ViPage));
    }
}
