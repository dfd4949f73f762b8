namespace LocalInsights.Functions.Jobs;

/// <summary>Why an attempt failed, and whether it did not start because another run holds the lease.</summary>
public sealed record AttemptFailure(string Message, bool Blocked);
