namespace LocalInsights.Reports.PowerBI;

/// <summary>Outcome of a Power BI publication.</summary>
public enum PowerBIPublicationStatus
{
    /// <summary>Every table of the push dataset now contains the facts.</summary>
    Published,

    /// <summary>The import dataset's refresh completed.</summary>
    Refreshed,

    /// <summary>No workspace is configured: the requests were written to files and nothing was sent.</summary>
    DryRun,

    /// <summary>The facts break a push dataset rule, so nothing was sent; the problems are listed.</summary>
    Rejected,

    /// <summary>The daily refresh limit is reached, so no refresh was started.</summary>
    QuotaExhausted,

    /// <summary>A request or the refresh failed; see the failure or the refresh result.</summary>
    Failed,
}
