using LocalInsights.Connectors.Graph.Reports;
using LocalInsights.Connectors.Graph.Throttling;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Graph;

/// <summary>Log events of the Microsoft Graph connector, EventIds 2300-2399.</summary>
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

    [LoggerMessage(EventId = 2320, Level = LogLevel.Debug,
        Message = "Read managed device page {Page} with {Devices} devices")]
    public static partial void DevicePageRead(ILogger logger, int page, int devices);

    [LoggerMessage(EventId = 2321, Level = LogLevel.Warning,
        Message = "Managed device listing is inconsistent: {Advertised} advertised, {Received} received, "
            + "{Distinct} distinct")]
    public static partial void DeviceCountMismatch(ILogger logger, long advertised, long received, long distinct);

    [LoggerMessage(EventId = 2322, Level = LogLevel.Warning,
        Message = "{Count} managed devices were listed more than once; the record with the latest check-in was kept")]
    public static partial void DuplicateDevices(ILogger logger, long count);

    [LoggerMessage(EventId = 2323, Level = LogLevel.Warning,
        Message = "{Count} devices have no establishment: {Reason}")]
    public static partial void UnmappedDevices(ILogger logger, long count, string reason);

    [LoggerMessage(EventId = 2324, Level = LogLevel.Information,
        Message = "Wrote {Devices} managed devices for {SnapshotDate}: {Mapped} mapped, {Unmapped} unmapped")]
    public static partial void DevicesWritten(ILogger logger, long devices, DateOnly snapshotDate, long mapped,
        long unmapped);

    [LoggerMessage(EventId = 2330, Level = LogLevel.Information,
        Message = "Wrote {Skus} licence SKUs and {Breakdowns} per-establishment rows for {SnapshotDate}")]
    public static partial void LicencesWritten(ILogger logger, int skus, int breakdowns, DateOnly snapshotDate);

    [LoggerMessage(EventId = 2331, Level = LogLevel.Information,
        Message = "Read {Users} users: {Placed} with an establishment, {Unplaced} without")]
    public static partial void UsersRead(ILogger logger, long users, long placed, long unplaced);

    [LoggerMessage(EventId = 2340, Level = LogLevel.Information,
        Message = "Report {Report} ({Period}): {Rows} rows, {Active} active in the window, {Written} written, "
            + "{Concealed} concealed, {Unplaced} without an establishment")]
    public static partial void ReportRead(ILogger logger, string report, UsageReportPeriod period, long rows,
        long active,
        long written, long concealed, long unplaced);

    [LoggerMessage(EventId = 2341, Level = LogLevel.Warning,
        Message = "Tenant {Tenant} conceals user names in usage reports: {Count} users are counted for the tenant "
            + "only. An administrator can turn off 'Display concealed user, group, and site names in all reports' "
            + "in the Microsoft 365 admin center, Settings > Org settings > Reports")]
    public static partial void NamesConcealed(ILogger logger, string tenant, long count);

    [LoggerMessage(EventId = 2342, Level = LogLevel.Information,
        Message = "Report {Report} has columns the connector does not read: {Columns}")]
    public static partial void ExtraColumns(ILogger logger, string report, string columns);

    [LoggerMessage(EventId = 2343, Level = LogLevel.Warning, Message = "Repaired report {Report}: {Warning}")]
    public static partial void ReportRepaired(ILogger logger, string report, string warning);
}
