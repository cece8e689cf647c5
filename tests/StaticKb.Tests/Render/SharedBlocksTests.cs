using StaticKb.Render.Markdown;
using StaticKb.Render.Pages;

namespace StaticKb.Tests.Render;

/// <summary>A version's parallel-text blocks: rendered once for the pages of both languages, then let go.</summary>
public class SharedBlocksTests
{
    [Fact]
    public void Both_pages_get_one_rendering_and_nothing_is_held_after_the_second()
    {
        var shared = new SharedBlocks();
        var renders = 0;
        IReadOnlyList<RenderedBlock> Render()
        {
            Interlocked.Increment(ref renders);
            return [new RenderedBlock("paragraph", 7, "<p>Ngoại giao</p>")];
        }

        var forVietnamese = shared.Take(("vi", "content/vi/articles/a.md"), uses: 2, Render);
        Assert.Equal(1, shared.Held);
        var forEnglish = shared.Take(("vi", "content/vi/articles/a.md"), uses: 2, Render);

        Assert.Same(forVietnamese, forEnglish);
        Assert.Equal(1, renders);
        Assert.Equal(0, shared.Held);
    }

    [Fact]
    public void Pages_on_several_threads_share_one_rendering_per_version()
    {
        var shared = new SharedBlocks();
        var renders = 0;
        IReadOnlyList<RenderedBlock> Render()
        {
            Interlocked.Increment(ref renders);
            Thread.Sleep(1);
            return [new RenderedBlock("paragraph", 1, "<p>x</p>")];
        }

        Parallel.For(0, 400, i => shared.Take(("en", $"content/en/articles/{i / 2}.md"), uses: 2, Render));

        Assert.Equal(200, renders);
        Assert.Equal(0, shared.Held);
    }
}
