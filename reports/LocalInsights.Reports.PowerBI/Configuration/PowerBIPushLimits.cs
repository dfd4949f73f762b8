using System.ComponentModel.DataAnnotations;

namespace LocalInsights.Reports.PowerBI.Configuration;

/// <summary>
/// Request and row limits the push publisher keeps to, per dataset. The defaults are the documented Power BI push
/// dataset limits (Microsoft Learn, "Push semantic model limitations"). Settings may only lower them, for example
/// when another program pushes to the same dataset.
/// </summary>
public sealed class PowerBIPushLimits
{
    /// <summary>Documented maximum of rows in one POST rows request.</summary>
    public const int DocumentedRowsPerRequest = 10_000;

    /// <summary>Documented maximum of POST rows requests per minute per dataset.</summary>
    public const int DocumentedRequestsPerMinute = 120;

    /// <summary>
    /// Documented maximum of POST rows requests per hour per dataset once a table has 250,000 rows.
    /// </summary>
    public const int DocumentedRequestsPerHourForLargeTables = 120;

    /// <summary>Row count from which a table makes the hourly request limit apply.</summary>
    public const int DocumentedLargeTableRows = 250_000;

    /// <summary>Documented maximum of rows added per hour per dataset.</summary>
    public const int DocumentedRowsPerHour = 1_000_000;

    /// <summary>Documented maximum of pending POST rows requests per dataset.</summary>
    public const int DocumentedPendingRequests = 5;

    /// <summary>Documented maximum of rows stored per table in a dataset with retention policy None.</summary>
    public const int DocumentedRowsPerTable = 5_000_000;

    /// <summary>Rows per POST rows request. Default and maximum 10,000.</summary>
    [Range(1, DocumentedRowsPerRequest)]
    public int MaxRowsPerRequest { get; set; } = DocumentedRowsPerRequest;

    /// <summary>POST rows requests per minute. Default and maximum 120.</summary>
    [Range(1, DocumentedRequestsPerMinute)]
    public int MaxRequestsPerMinute { get; set; } = DocumentedRequestsPerMinute;

    /// <summary>POST rows requests per hour once a table has 250,000 rows or more. Default and maximum 120.</summary>
    [Range(1, DocumentedRequestsPerHourForLargeTables)]
    public int MaxRequestsPerHourForLargeTables { get; set; } = DocumentedRequestsPerHourForLargeTables;

    /// <summary>Rows added per hour. Default and maximum 1,000,000.</summary>
    [Range(1, DocumentedRowsPerHour)]
    public int MaxRowsPerHour { get; set; } = DocumentedRowsPerHour;

    /// <summary>POST rows requests in flight at once. Default and maximum 5.</summary>
    [Range(1, DocumentedPendingRequests)]
    public int MaxPendingRequests { get; set; } = DocumentedPendingRequests;
}
