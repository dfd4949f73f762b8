using LocalInsights.Connectors.Graph.Reports;
using LocalInsights.Connectors.Graph.Throttling;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Graph;

/// <summary>Log events of the Microsoft Graph connector, EventIds 2300-2399.</summary>
/// <remarks>
/// Templates are constant, so each count that a noun follows comes with a noun hole that contains its singular
/// or plural form.
/// </remarks>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information,
        Message = "Connecting to {BaseUrl} for tenant {Tenant} with {Authentication}")]
    public static partial void Connecting(
        ILogger logger, Uri baseUrl, string tenant, GraphAuthentication authentication);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information,
        Message = "Replaying recorded Graph responses from {Folder}; nothing is sent over the network")]
    public static partial void Replaying(ILogger logger, string folder);

    [LoggerMessage(EventId = 2310, Level = LogLevel.Warning,
        Message = "Graph answered {Status} to {Method} {Path} (request-id {RequestId}); retry {Attempt} of "
            + "{MaxRetries} in {WaitMs} ms (Retry-After given: {RetryAfterGiven})")]
    public static partial void Retrying(ILogger logger, int status, string method, string path, string requestId,
        int attempt, int maxRetries, long waitMs, bool retryAfterGiven);

    [LoggerMessage(EventId = 2311, Level = LogLevel.Warning,
        Message = "Graph request {Method} {Path} failed ({Error}); retry {Attempt} of {MaxRetries} in {WaitMs} ms")]
    public static partial void NetworkRetrying(ILogger logger, string method, string path, string error, int attempt,
        int maxRetries, long waitMs);

    [LoggerMessage(EventId = 2312, Level = LogLevel.Information,
        Message = "Request budget for {Category} {Function} is used up; waiting {WaitMs} ms")]
    public static partial void BudgetWaiting(ILogger logger, GraphRequestCategory category, string function,
        long waitMs);

    [LoggerMessage(EventId = 2321, Level = LogLevel.Warning,
        Message = "Managed device listing is inconsistent: {Advertised} advertised, {Received} received, "
            + "{Distinct} distinct")]
    public static partial void DeviceCountMismatch(ILogger logger, long advertised, long received, long distinct);

    public static void DevicePageRead(ILogger logger, int page, int devices) =>
        DevicePageRead(logger, page, devices, devices == 1 ? "device" : "devices");

    public static void DuplicateDevices(ILogger logger, long count) =>
        DuplicateDevices(logger, count, count == 1 ? "device" : "devices");

    public static void UnmappedDevices(ILogger logger, long count, string reason) =>
        UnmappedDevices(logger, count, count == 1 ? "device" : "devices", reason);

    public static void DevicesWritten(ILogger logger, long devices, DateOnly snapshotDate, long mapped,
        long unmapped) =>
        DevicesWritten(logger, devices, devices == 1 ? "device" : "devices", snapshotDate, mapped, unmapped);

    public static void CheckedInAfterSnapshot(ILogger logger, long count, DateOnly snapshotDate) =>
        CheckedInAfterSnapshot(logger, count, count == 1 ? "device" : "devices", snapshotDate);

    public static void LicencesWritten(ILogger logger, int skus, int breakdowns, DateOnly snapshotDate) =>
        LicencesWritten(logger, skus, skus == 1 ? "SKU" : "SKUs", breakdowns, breakdowns == 1 ? "row" : "rows",
            snapshotDate);

    public static void UsersRead(ILogger logger, long users, long placed, long unplaced) =>
        UsersRead(logger, users, users == 1 ? "user" : "users", placed, unplaced);

    public static void ReportRead(ILogger logger, string report, UsageReportPeriod period, long rows, long active,
        long written, long concealed, long unplaced) =>
        ReportRead(logger, report, period, rows, rows == 1 ? "row" : "rows", active, written, concealed, unplaced);

    public static void NamesConcealed(ILogger logger, string tenant, long count) =>
        NamesConcealed(logger, tenant, count, count == 1 ? "user" : "users");

    [LoggerMessage(EventId = 2320, Level = LogLevel.Debug,
        Message = "Read managed device page {Page} with {Devices} {DeviceNoun}")]
    private static partial void DevicePageRead(ILogger logger, int page, int devices, string deviceNoun);

    [LoggerMessage(EventId = 2322, Level = LogLevel.Warning,
        Message = "Found {Count} managed {DeviceNoun} listed more than once; the record with the latest check-in "
            + "was kept")]
    private static partial void DuplicateDevices(ILogger logger, long count, string deviceNoun);

    [LoggerMessage(EventId = 2323, Level = LogLevel.Warning,
        Message = "Wrote {Count} {DeviceNoun} without an establishment: {Reason}")]
    private static partial void UnmappedDevices(ILogger logger, long count, string deviceNoun, string reason);

    [LoggerMessage(EventId = 2324, Level = LogLevel.Information,
        Message = "Wrote {Devices} managed {DeviceNoun} for {SnapshotDate:yyyy-MM-dd}: {Mapped} mapped, "
            + "{Unmapped} unmapped")]
    private static partial void DevicesWritten(ILogger logger, long devices, string deviceNoun, DateOnly snapshotDate,
        long mapped, long unmapped);

    [LoggerMessage(EventId = 2325, Level = LogLevel.Warning,
        Message = "Rejected {Count} managed {DeviceNoun} that checked in more than a day after the snapshot date "
            + "{SnapshotDate:yyyy-MM-dd}")]
    private static partial void CheckedInAfterSnapshot(
        ILogger logger, long count, string deviceNoun, DateOnly snapshotDate);

    [LoggerMessage(EventId = 2330, Level = LogLevel.Information,
        Message = "Wrote {Skus} licence {SkuNoun} and {Breakdowns} per-establishment {RowNoun} for "
            + "{SnapshotDate:yyyy-MM-dd}")]
    private static partial void LicencesWritten(ILogger logger, int skus, string skuNoun, int breakdowns,
        string rowNoun, DateOnly snapshotDate);

    [LoggerMessage(EventId = 2331, Level = LogLevel.Information,
        Message = "Read {Users} {UserNoun}: {Placed} with an establishment, {Unplaced} without")]
    private static partial void UsersRead(ILogger logger, long users, string userNoun, long placed, long unplaced);

    [LoggerMessage(EventId = 2340, Level = LogLevel.Information,
        Message = "Report {Report} ({Period}): {Rows} {RowNoun}, {Active} active in the window, {Written} written, "
            + "{Concealed} concealed, {Unplaced} without an establishment")]
    private static partial void ReportRead(ILogger logger, string report, UsageReportPeriod period, long rows,
        string rowNoun, long active, long written, long concealed, long unplaced);

    [LoggerMessage(EventId = 2341, Level = LogLevel.Warning,
        Message = "Tenant {Tenant} conceals user names in usage reports, so the activity of {Count} {UserNoun} is "
            + "counted for the tenant only. An administrator can turn off 'Display concealed user, group, and site "
            + "names in all reports' in the Microsoft 365 admin center, Settings > Org settings > Reports")]
    private static partial void NamesConcealed(ILogger logger, string tenant, long count, string userNoun);

    [LoggerMessage(EventId = 2342, Level = LogLevel.Information,
        Message = "Report {Report} has columns the connector does not read: {Columns}")]
    public static partial void ExtraColumns(ILogger logger, string report, string columns);

    [LoggerMessage(EventId = 2343, Level = LogLevel.Warning, Message = "Repaired report {Report}: {Warning}")]
    public static partial void ReportRepaired(ILogger logger, string report, string warning);
}
