using System.Runtime.CompilerServices;

namespace StaticKb.Index;

/// <summary>
/// The terms of one field of one page (as numbers) with how often each occurs, in first-occurrence order,
/// and the field's length in terms, which is what lunr's BM25 normalises by.
/// </summary>
internal sealed class FieldTermCounts
{
    public static readonly FieldTermCounts Empty = new(Array.Empty<int>(), Array.Empty<int>(), 0);

    public FieldTermCounts(int[] termIds, int[] counts, int length)
    {
        TermIds = termIds;
        Counts = counts;
        Length = length;
    }

    public int[] TermIds { get; }
    public int[] Counts { get; }
    public int Length { get; }

    /// <summary>Counts term numbers; keeps a slot per number it has seen, so it is for one thread.</summary>
    public sealed class Counter
    {
        private int[] _slot = Array.Empty<int>();
        private readonly List<int> _distinct = new();
        private readonly List<int> _counts = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public FieldTermCounts Count(List<int> termIds)
        {
            if (termIds.Count == 0) return Empty;
            _distinct.Clear();
            _counts.Clear();
            foreach (var id in termIds)
            {
                if (id >= _slot.Length)
                {
                    var grown = new int[Math.Max(id + 1, _slot.Length * 2)];
                    Array.Fill(grown, -1);
                    Array.Copy(_slot, grown, _slot.Length);
                    _slot = grown;
                }
                var slot = _slot[id];
                if (slot >= 0) _counts[slot]++;
                else
                {
                    _slot[id] = _distinct.Count;
                    _distinct.Add(id);
                    _counts.Add(1);
                }
            }
            foreach (var id in _distinct) _slot[id] = -1;
            return new FieldTermCounts(_distinct.ToArray(), _counts.ToArray(), termIds.Count);
        }
    }
}
