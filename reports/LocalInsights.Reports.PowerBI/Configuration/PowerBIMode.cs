namespace LocalInsights.Reports.PowerBI.Configuration;

/// <summary>How the aggregates reach Power BI.</summary>
public enum PowerBIMode
{
    /// <summary>
    /// Rows are pushed into a push dataset that the publisher creates and keeps in step with the facts.
    /// </summary>
    Push,

    /// <summary>An import dataset built by the authority over the aggregate files is refreshed.</summary>
    Refresh,
}
