using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Storage;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Where the Functions app stores each environment's workbooks: <c>{environment}/reports/{yyyy-MM}/</c>.
/// </summary>
public static class ReportPaths
{
    public const string Reports = "reports";

    /// <summary>Returns the store path of the workbook, named as the command line names it.</summary>
    public static string Workbook(string environment, PullWindow window) =>
        StoragePath.Combine(environment, Reports, window.Label,
            string.Create(CultureInfo.InvariantCulture, $"localinsights-{environment}-{window.Label}.xlsx"));
}
