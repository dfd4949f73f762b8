namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>The Graph service a request counts against, since each has limits of its own.</summary>
internal enum GraphRequestCategory
{
    /// <summary>Intune: <c>/deviceManagement/…</c>.</summary>
    Devices,

    /// <summary>Usage reports: <c>/reports/…</c>, limited per report function.</summary>
    Reports,

    /// <summary>Identity and everything else: users, SKUs.</summary>
    Directory,
}
