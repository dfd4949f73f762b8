namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>An entry of a fake refresh history; it ends after <see cref="PollsLeft"/> more history reads.</summary>
internal sealed class FakeRefresh
{
    public required string RequestId { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    public string RefreshType { get; init; } = "ViaApi";

    public DateTimeOffset? EndTime { get; set; }

    public string Status { get; set; } = "Unknown";

    public string? ServiceExceptionJson { get; set; }

    public int PollsLeft { get; set; }
}
