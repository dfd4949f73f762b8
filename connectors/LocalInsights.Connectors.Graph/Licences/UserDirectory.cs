namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>
/// The users of a tenant keyed by the pseudonym of their user principal name, so that usage report rows can be
/// placed in an establishment without keeping a name.
/// </summary>
/// <remarks>
/// NOTE: every user is held in memory for the pull, an estimated 200 bytes each (pseudonym, UAI, SKU ids), about
/// 100 MB for the 500,000 accounts of a large région.
/// </remarks>
internal sealed class UserDirectory
{
    private readonly Dictionary<string, UserEntry> _users = new(StringComparer.Ordinal);

    public int Count => _users.Count;

    public IEnumerable<KeyValuePair<string, UserEntry>> Users => _users;

    public void Add(string pseudonym, UserEntry entry) => _users[pseudonym] = entry;

    public UserEntry? Find(string pseudonym) => _users.GetValueOrDefault(pseudonym);
}
