using System.Collections.Concurrent;

namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>
/// The request budgets of every tenant the process talks to, shared by all pulls. Register it once (it is a
/// singleton of <see cref="GraphServiceCollectionExtensions.AddGraphConnector"/>).
/// </summary>
/// <remarks>
/// A budget is created by the first pull that needs it, with that pull's settings; later pulls on the same
/// tenant share it even if their settings differ.
/// </remarks>
public sealed class GraphRequestBudgets
{
    private readonly ConcurrentDictionary<string, RequestBudget> _budgets = new(StringComparer.OrdinalIgnoreCase);

    internal RequestBudget For(string tenant, GraphRequestCategory category, string? function,
        GraphThrottlingOptions options)
    {
        var key = $"{tenant}|{category}|{function}";
        return _budgets.GetOrAdd(key, _ => category switch
        {
            GraphRequestCategory.Devices => new RequestBudget(options.DeviceRequests, options.DevicePeriod),
            GraphRequestCategory.Reports => new RequestBudget(options.ReportRequests, options.ReportPeriod),
            _ => new RequestBudget(options.DirectoryRequests, options.DirectoryPeriod),
        });
    }
}
