namespace LocalInsights.Hosting;

/// <summary>Outcome of one <see cref="IReportPublisher"/> call: success, and a one-line message for people.</summary>
public sealed record ReportPublication(bool Succeeded, string Message);
