using StaticKb.Render.Markdown;
using StaticKb.Render.Pages;

namespace StaticKb.Tests.Render;

/// <summary>A version's parallel-text blocks: rendered once for the pages of both languages, then let go.</summary>
public class SharedBlocksTests
{
    private int _renders;

    /// <summary>Stands for rendering a version's blocks, and counts how often it is done.</summary>
    private IReadOnlyList<RenderedBlock> Render()
    {
        Interlocked.Increment(ref _renders);
        Thread.Sleep(1);
        return [new RenderedBlock("paragraph", 7, "<p>Ngoại giao</p>")];
    }

    [Fact]
    public void Both_pages_get_one_rendering_and_nothing_is_held_after_the_second()
    {
        var shared = new SharedBlocks();

        var forVietnamese = shared.Take(("vi", "content/vi/articles/a.md"), uses: 2, Render);
        Assert.Equal(1, shared.Held);
        var forEnglish = shared.Take(("vi", "content/vi/articles/a.md"), uses: 2, Render);

        Assert.Same(forVietnamese, forEnglish);
        Assert.Equal(1, _renders);
        Assert.Equal(0, shared.Held);
    }

    [Fact]
    public void Pages_on_several_threads_share_one_rendering_per_version()
    {
        var shared = new SharedBlocks();

        Parallel.For(0, 400, i => shared.Take(("en", $"content/en/articles/{i / 2}.md"), uses: 2, Render));

        Assert.Equal(200, _renders);
        Assert.Equal(0, shared.Held);
    }
}
