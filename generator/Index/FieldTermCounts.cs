using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        private int[] _distinct = new int[256];
        private int[] _counts = new int[256];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public FieldTermCounts Count(List<int> termIds)
        {
            if (termIds.Count == 0) return Empty;
            var ids = CollectionsMarshal.AsSpan(termIds);
            if (_distinct.Length < ids.Length)
            {
                _distinct = new int[Math.Max(ids.Length, _distinct.Length * 2)];
                _counts = new int[_distinct.Length];
            }
            var distinct = 0;
            foreach (var id in ids)
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
                    _slot[id] = distinct;
                    _distinct[distinct] = id;
                    _counts[distinct++] = 1;
                }
            }
            for (var i = 0; i < distinct; i++) _slot[_distinct[i]] = -1;
            return new FieldTermCounts(_distinct.AsSpan(0, distinct).ToArray(), _counts.AsSpan(0, distinct).ToArray(), ids.Length);
        }
    }
}
