namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>A dataset of the fake: a push dataset with tables, or an import dataset with a refresh history.</summary>
internal sealed class FakeDataset
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required bool IsPush { get; init; }

    public Dictionary<string, FakeTable> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<FakeRefresh> Refreshes { get; } = [];

    /// <summary>Arrival times and row counts of the POST rows requests the fake accepted.</summary>
    public List<(DateTimeOffset At, int Rows)> AcceptedPosts { get; } = [];

    public int PendingPosts { get; set; }

    /// <summary>How a refresh started through the API ends: Completed, or Failed with this detail.</summary>
    public string? NextRefreshFailure { get; set; }

    /// <summary>History reads a refresh stays Unknown before it ends.</summary>
    public int RefreshPolls { get; set; } = 2;
}
