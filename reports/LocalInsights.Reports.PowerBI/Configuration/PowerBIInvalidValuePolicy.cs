namespace LocalInsights.Reports.PowerBI.Configuration;

/// <summary>What the push publisher does with a fact value that Power BI does not accept.</summary>
public enum PowerBIInvalidValuePolicy
{
    /// <summary>Send nothing and list every such value in the publication.</summary>
    Reject,

    /// <summary>
    /// Send strings cut to 4,000 characters and other such values as empty (null), and list every change in the
    /// publication.
    /// </summary>
    Adjust,
}
