namespace LocalInsights.Core.Storage;

/// <summary>Arrays that map a dense number to an index, where -1 marks a number not mapped yet.</summary>
internal static class IndexArray
{
    /// <summary>
    /// Grows <paramref name="array"/>, at least doubling it, so that <paramref name="index"/> fits. New entries are
    /// -1.
    /// </summary>
    public static void EnsureIndex(ref int[] array, int index)
    {
        if (index < array.Length)
        {
            return;
        }

        var grown = new int[Math.Max(index + 1, array.Length * 2)];
        array.CopyTo(grown, 0);
        Array.Fill(grown, -1, array.Length, grown.Length - array.Length);
        array = grown;
    }
}
