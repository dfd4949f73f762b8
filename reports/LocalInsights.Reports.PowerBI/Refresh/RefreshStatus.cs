namespace LocalInsights.Reports.PowerBI.Refresh;

/// <summary>Values of <c>status</c> in the refresh history.</summary>
internal static class RefreshStatus
{
    /// <summary>The refresh is running, or its state is not known yet.</summary>
    public const string Unknown = "Unknown";

    public const string Completed = "Completed";

    public const string Failed = "Failed";

    /// <summary>The refresh was disabled by a selective refresh.</summary>
    public const string Disabled = "Disabled";
}
