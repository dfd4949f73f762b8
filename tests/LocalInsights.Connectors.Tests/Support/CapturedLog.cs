using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Tests.Support;

/// <summary>One log entry a pull wrote: its level, event id and formatted message.</summary>
public sealed record CapturedLog(LogLevel Level, EventId EventId, string Message);
