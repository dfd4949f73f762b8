namespace LocalInsights.Cli.Tests;

/// <summary>A clock that always returns the same instant, for commands whose output depends on the time.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
