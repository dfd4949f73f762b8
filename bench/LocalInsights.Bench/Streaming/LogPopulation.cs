namespace LocalInsights.Bench.Streaming;

/// <summary>
/// A fixed set of people spread at random over the écoles, so that the number of distinct people in a generated
/// log depends on the user count and not on the row count.
/// </summary>
internal static class LogPopulation
{
    /// <summary>Domain of the teachers' and staff's addresses, reserved for examples (RFC 2606).</summary>
    private const string MailDomain = "bench-ent.example";

    /// <summary>
    /// Profile labels of the connection log with their share of the users. The shares are an assumption, not a
    /// measured mix: pupils and parents outnumber the adults of an école.
    /// </summary>
    private static readonly (string Label, double Share)[] Profiles =
    [
        ("élève", 0.70),
        ("parent", 0.20),
        ("enseignant", 0.08),
        ("personnel", 0.02),
    ];

    /// <summary>
    /// Draws <paramref name="count"/> users over <paramref name="uais"/>. The same generator state gives the same
    /// users.
    /// </summary>
    public static IReadOnlyList<LogUser> Create(int count, IReadOnlyList<string> uais, SplitMix64 random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (uais.Count == 0)
        {
            throw new ArgumentException(
                "The UAI list is empty: give at least one code to place the users on.", nameof(uais));
        }

        var users = new LogUser[count];
        for (var index = 0; index < count; index++)
        {
            var profile = PickProfile(random.NextDouble());
            var uai = uais[random.Next(uais.Count)];
            users[index] = new LogUser(IdentifierOf(index, profile), uai, profile);
        }

        return users;
    }

    private static string PickProfile(double draw)
    {
        foreach (var (label, share) in Profiles)
        {
            if (draw < share)
            {
                return label;
            }

            draw -= share;
        }

        return Profiles[0].Label;
    }

    // Pupils and parents get a login, teachers and staff an e-mail address, as in the demo's école log.
    private static string IdentifierOf(int index, string profile) => profile is "enseignant" or "personnel"
        ? $"prenom.nom{index}@{MailDomain}"
        : $"prenom.nom{index}";
}
