namespace LocalInsights.Hosting.History;

/// <summary>Kinds of run in the history table.</summary>
public static class JobKind
{
    /// <summary>One connector pull of one environment and month.</summary>
    public const string Pull = "Pull";

    /// <summary>Aggregation of one environment and month, then the workbook and the publishers.</summary>
    public const string Aggregate = "Aggregate";
}
