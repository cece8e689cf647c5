namespace StaticKb.Bench;

/// <summary>
/// The generated corpora's source of randomness: SplitMix64, tiny and the same on every platform (System.Random's
/// sequences are not guaranteed to be), so a seed always gives the same corpus and published figures can be checked.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public int Next(int n) => (int)(NextULong() % (ulong)n);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An index in [0, n) drawn with probability ~ 1 / (rank + 2.7): a few words everywhere, most rare.</summary>
    public int Zipf(int n)
    {
        // Inverse of the continuous CDF of 1/(x + a) on [0, n).
        const double a = 2.7;
        var x = a * Math.Pow((n + a) / a, NextDouble()) - a;
        return Math.Min(n - 1, (int)x);
    }

    private ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
