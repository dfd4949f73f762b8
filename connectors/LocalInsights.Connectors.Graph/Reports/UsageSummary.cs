namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>What the usage reports of one pull showed: who was active in the window and how many names were
/// concealed.</summary>
internal sealed class UsageSummary
{
    private readonly HashSet<string> _active = new(StringComparer.Ordinal);
    private readonly HashSet<string> _concealed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _concealedActive = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unplaced = new(StringComparer.Ordinal);

    /// <summary>Distinct concealed user names across the reports.</summary>
    public long ConcealedUsers => _concealed.Count;

    public long ConcealedActiveUsers => _concealedActive.Count;

    /// <summary>Distinct users active in the window whose establishment is unknown.</summary>
    public long UnplacedActiveUsers => _unplaced.Count;

    public bool IsActive(string pseudonym) => _active.Contains(pseudonym);

    public void AddActive(string pseudonym) => _active.Add(pseudonym);

    public void AddUnplaced(string pseudonym) => _unplaced.Add(pseudonym);

    /// <summary>Counts a concealed name; the token is kept in memory only, to count each user once.</summary>
    public void AddConcealed(string token, bool active)
    {
        _concealed.Add(token);
        if (active)
        {
            _concealedActive.Add(token);
        }
    }
}
