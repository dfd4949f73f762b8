using LocalInsights.Core.Aggregation;

namespace LocalInsights.Hosting;

/// <summary>
/// A destination that receives an environment's monthly facts after aggregation, such as a Power BI push dataset.
/// Hosts call every registered publisher after the Excel workbook is written.
/// </summary>
public interface IReportPublisher
{
    /// <summary>Name of the step in run records and the run history, such as <c>power-bi</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Publishes <paramref name="facts"/> and returns the outcome, also when the destination rejects them.
    /// </summary>
    Task<ReportPublication> PublishAsync(FactSet facts, CancellationToken cancellationToken);
}
