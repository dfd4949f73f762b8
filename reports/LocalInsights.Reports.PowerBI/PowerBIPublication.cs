using LocalInsights.Reports.PowerBI.Configuration;

namespace LocalInsights.Reports.PowerBI;

/// <summary>What a Power BI publication did, with a one-line <see cref="Message"/> for people.</summary>
public sealed record PowerBIPublication
{
    public required PowerBIPublicationStatus Status { get; init; }

    public required PowerBIMode Mode { get; init; }

    /// <summary>
    /// One line saying what happened, such as "dry run: 12 requests written to out/powerbi; nothing was sent".
    /// </summary>
    public required string Message { get; init; }

    public Guid? WorkspaceId { get; init; }

    public string? DatasetId { get; init; }

    public string? DatasetName { get; init; }

    /// <summary>
    /// Requests the publisher sent, or wrote to files in a dry run. Resends by the resilience handler are not
    /// counted.
    /// </summary>
    public int Requests { get; init; }

    /// <summary>Push tables replaced, in order.</summary>
    public IReadOnlyList<PowerBITableResult> Tables { get; init; } = [];

    /// <summary>
    /// Values or schema rules that stopped the publication (<see cref="PowerBIPublicationStatus.Rejected"/>) or
    /// values sent adjusted, each with table, column and row.
    /// </summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The failed request, with status code and request id, when a request failed.</summary>
    public PowerBIFailure? Failure { get; init; }

    /// <summary>The refresh, in refresh mode.</summary>
    public PowerBIRefreshResult? Refresh { get; init; }

    /// <summary>Folder of the request files of a dry run.</summary>
    public string? DryRunFolder { get; init; }

    public bool Succeeded =>
        Status is PowerBIPublicationStatus.Published or PowerBIPublicationStatus.Refreshed
            or PowerBIPublicationStatus.DryRun;
}
