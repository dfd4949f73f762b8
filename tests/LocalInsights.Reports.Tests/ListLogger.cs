using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.Tests;

/// <summary>Logger that stores every entry, so tests can check events by EventId.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        Entries.Add((logLevel, eventId, formatter(state, exception)));
    }

    public IReadOnlyList<string> MessagesOf(int eventId) =>
        Entries.Where(entry => entry.EventId.Id == eventId).Select(entry => entry.Message).ToList();
}
