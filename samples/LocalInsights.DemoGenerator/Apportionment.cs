namespace LocalInsights.DemoGenerator;

/// <summary>Splitting of a whole number in proportion to weights (largest remainder method).</summary>
internal static class Apportionment
{
    /// <summary>
    /// Returns integer shares of <paramref name="total"/> that add up to it exactly. Ties between equal
    /// remainders go to the lower index, so the result is deterministic.
    /// </summary>
    public static int[] Split(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var shares = new int[weights.Count];
        var remainders = new (double Remainder, int Index)[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            shares[i] = (int)Math.Floor(exact);
            remainders[i] = (exact - shares[i], i);
        }

        var missing = total - shares.Sum();
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(missing))
        {
            shares[index]++;
        }

        return shares;
    }
}
