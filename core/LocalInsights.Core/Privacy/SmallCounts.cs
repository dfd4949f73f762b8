namespace LocalInsights.Core.Privacy;

/// <summary>
/// Suppresses counts of people below a threshold so that no output lets a reader single someone out.
/// </summary>
/// <remarks>
/// Suppression is applied per group of cells that add up to a shown total (the roles of one establishment and
/// month, say). When a group has exactly one suppressed cell, the smallest other non-zero cell is suppressed too,
/// so the hidden value cannot be recovered by subtracting the others from the total.
/// </remarks>
public sealed class SmallCounts(int threshold)
{
    public const int DefaultThreshold = 5;

    public int Threshold { get; } = threshold > 0
        ? threshold
        : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be at least 1.");

    /// <summary>Returns the count when it may be shown, or null. Zero is shown: it reveals nobody.</summary>
    public long? Suppress(long count) => count == 0 || count >= Threshold ? count : null;

    /// <summary>Suppresses a group of counts that add up to a shown total, with the secondary rule above.</summary>
    public long?[] SuppressGroup(IReadOnlyList<long> counts)
    {
        var shown = new long?[counts.Count];
        var suppressed = 0;
        for (var index = 0; index < counts.Count; index++)
        {
            shown[index] = Suppress(counts[index]);
            if (shown[index] is null)
            {
                suppressed++;
            }
        }

        if (suppressed == 1)
        {
            var smallest = -1;
            for (var index = 0; index < counts.Count; index++)
            {
                if (shown[index] is > 0 && (smallest < 0 || counts[index] < counts[smallest]))
                {
                    smallest = index;
                }
            }

            if (smallest >= 0)
            {
                shown[smallest] = null;
            }
        }

        return shown;
    }
}
