using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Logger provider that stores every entry, so tests can check events by EventId.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, int EventId, string Message)> entries = [];

    public IReadOnlyList<(LogLevel Level, int EventId, string Message)> Entries
    {
        get
        {
            lock (entries)
            {
                return entries.ToList();
            }
        }
    }

    public IReadOnlyList<string> MessagesOf(int eventId) =>
        Entries.Where(entry => entry.EventId == eventId).Select(entry => entry.Message).ToList();

    public ILogger CreateLogger(string categoryName) => new ListLogger(this);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, EventId eventId, string message)
    {
        lock (entries)
        {
            entries.Add((level, eventId.Id, message));
        }
    }

    private sealed class ListLogger(ListLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => provider.Add(logLevel, eventId, formatter(state, exception));
    }
}
