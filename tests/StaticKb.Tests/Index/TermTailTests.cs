using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// How a common term is split into head and tail (TermTail.Plan) and where a shard's blocks start
/// (TermTail.BlockStarts), against the plain definitions: the head is the term's heaviest pages (ties by page),
/// the bound is the weight of the heaviest page left out, each tail page's level the least eighth of the bound that
/// its weight does not pass, and blocks take the tails' pages in runs.
/// </summary>
public sealed class TermTailTests
{
    private sealed record Postings(int[] Grouped, int[] Scores);

    /// <summary>A term's postings on random pages, by field then page as the writer keeps them, with random scores (some 0, many tied).</summary>
    private static Postings RandomPostings(Random random, int pageCount, int fields, double density)
    {
        var grouped = new List<int>();
        var scores = new List<int>();
        for (var f = 0; f < fields; f++)
        {
            for (var page = 0; page < pageCount; page++)
            {
                if (random.NextDouble() >= density) continue;
                grouped.Add(page * 8 + f);
                scores.Add(random.Next(0, 6) * 250); // few distinct weights: ties decide many places
            }
        }
        return new Postings(grouped.ToArray(), scores.ToArray());
    }

    [Theory]
    [InlineData(1, 300, 1, 0.9, 1, 1)]
    [InlineData(2, 300, 3, 0.5, 40, 50)]
    [InlineData(3, 2000, 2, 0.7, 100, 300)]
    [InlineData(4, 500, 3, 0.95, 0, 10)]
    [InlineData(5, 120, 1, 1.0, 119, 120)] // every page but one in the head
    public void The_head_is_the_heaviest_pages_ties_by_page_and_the_bound_the_heaviest_left_out(int seed, int pageCount, int fields, double density, int headPages, int fromPages)
    {
        var random = new Random(seed);
        var postings = RandomPostings(random, pageCount, fields, density);
        var weights = new int[pageCount];

        var tail = TermTail.Plan(0, postings.Grouped.Length, postings.Grouped, postings.Scores, fromPages, headPages, weights);

        // The plain way: each page's weight summed over its fields, all pages sorted heaviest first, ties by page.
        var weightOf = new Dictionary<int, int>();
        for (var g = 0; g < postings.Grouped.Length; g++)
            weightOf[postings.Grouped[g] >> 3] = weightOf.GetValueOrDefault(postings.Grouped[g] >> 3) + postings.Scores[g];
        Assert.All(weights, w => Assert.Equal(0, w)); // the scratch array is left as it was given
        if (weightOf.Count < fromPages)
        {
            Assert.Null(tail);
            return;
        }
        var ranked = weightOf.OrderByDescending(p => p.Value).ThenBy(p => p.Key).ToList();
        Assert.NotNull(tail);
        Assert.Equal(weightOf.Count, tail.Pages);
        Assert.Equal(ranked.Take(headPages).Select(p => p.Key).Order(), tail.Head);
        Assert.Equal(ranked.Skip(headPages).Select(p => p.Key).Order(), tail.Tail);
        Assert.Equal(ranked[headPages].Value, tail.Bound);
        // Level l: the least l ≥ 1 with weight ≤ l × bound / 8; search.js takes the page to weigh more than
        // (l − 1) eighths of the bound and at most l of them.
        var levels = tail.Tail.Select(page => Enumerable.Range(1, TermTail.LevelCount)
            .First(l => (long)weightOf[page] * TermTail.LevelCount <= (long)l * tail.Bound || l == TermTail.LevelCount)).ToArray();
        Assert.Equal(levels.Select(l => (byte)l), tail.Levels);
        Assert.All(tail.Tail.Zip(tail.Levels), p => Assert.True(
            (p.Second - 1) * (long)tail.Bound < (long)weightOf[p.First] * TermTail.LevelCount || weightOf[p.First] == 0 || tail.Bound == 0));
    }

    [Fact]
    public void Levels_split_the_bound_in_eighths_rounding_up()
    {
        Assert.Equal(1, TermTail.Level(0, 800));
        Assert.Equal(1, TermTail.Level(100, 800));
        Assert.Equal(2, TermTail.Level(101, 800));
        Assert.Equal(4, TermTail.Level(400, 800));
        Assert.Equal(8, TermTail.Level(800, 800));
        Assert.Equal(1, TermTail.Level(0, 0)); // a tail that weighs nothing
        Assert.Equal(8, TermTail.Level(int.MaxValue / 2, int.MaxValue / 2)); // no overflow
    }

    [Fact]
    public void A_term_on_fewer_pages_than_the_split_asks_is_not_split()
    {
        var postings = RandomPostings(new Random(7), 100, 3, 0.3); // many postings, on fewer than 100 pages
        Assert.True(postings.Grouped.Length >= 60);
        var weights = new int[100];
        Assert.Null(TermTail.Plan(0, postings.Grouped.Length, postings.Grouped, postings.Scores, fromPages: 100, headPages: 10, weights));
        Assert.All(weights, w => Assert.Equal(0, w));
    }

    [Fact]
    public void Blocks_take_the_tails_pages_together_in_runs()
    {
        var a = new TermTail(6, [0], 1, [1, 4, 5, 9, 12], [1, 1, 1, 1, 1]);
        var b = new TermTail(5, [2], 1, [4, 6, 7, 12], [1, 1, 1, 1]);
        // Pages of either tail: 1 4 5 6 7 9 12, in runs of 3.
        Assert.Equal([1, 6, 12], TermTail.BlockStarts([a, b], 3));
        Assert.Equal([1, 4, 5, 6, 7, 9, 12], TermTail.BlockStarts([a, b], 1));
        Assert.Equal([1], TermTail.BlockStarts([a, b], 7));
        Assert.Empty(TermTail.BlockStarts([], 3));
    }
}
