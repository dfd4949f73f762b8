namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Why and how long a POST rows request must wait: a <see cref="Delay"/> until a time window frees a slot, or,
/// when <see cref="ForCompletion"/> is true, until a pending request completes.
/// </summary>
internal readonly record struct PacerWait(TimeSpan Delay, bool ForCompletion, string Limit)
{
    public static readonly PacerWait None = new(TimeSpan.Zero, false, string.Empty);

    public bool IsNone => Delay <= TimeSpan.Zero && !ForCompletion;

    public static PacerWait Completion(string limit) => new(TimeSpan.Zero, true, limit);

    /// <summary>Returns the wait that satisfies both: completion first, else the longer delay.</summary>
    public static PacerWait Max(PacerWait first, PacerWait second) =>
        first.ForCompletion ? first
        : second.ForCompletion ? second
        : first.Delay >= second.Delay ? first : second;
}
