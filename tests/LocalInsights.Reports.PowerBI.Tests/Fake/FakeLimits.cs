namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>Limits the fake service enforces; the defaults are the documented Power BI limits.</summary>
internal sealed class FakeLimits
{
    public int RowsPerRequest { get; set; } = 10_000;

    public int RequestsPerMinute { get; set; } = 120;

    public int RequestsPerHourForLargeTables { get; set; } = 120;

    public int LargeTableRows { get; set; } = 250_000;

    public int RowsPerHour { get; set; } = 1_000_000;

    public int PendingRequests { get; set; } = 5;

    public int Tables { get; set; } = 75;

    public int Columns { get; set; } = 75;

    public int StringLength { get; set; } = 4_000;

    public int RowsPerTable { get; set; } = 5_000_000;

    /// <summary>Refreshes allowed in 24 hours, as on shared capacity.</summary>
    public int RefreshesPerDay { get; set; } = 8;
}
