using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>A logger factory that keeps every log entry, with its EventId, for the assertions.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(Entries);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLog(logLevel, eventId.Id, formatter(state, exception)));
    }
}

/// <summary>One captured log entry.</summary>
public sealed record CapturedLog(LogLevel Level, int EventId, string Message);
