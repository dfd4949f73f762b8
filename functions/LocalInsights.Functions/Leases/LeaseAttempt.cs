namespace LocalInsights.Functions.Leases;

/// <summary>
/// Outcome of <see cref="JobLeases.TryAcquireAsync"/>: the lease, or the run that holds it and since when.
/// </summary>
public sealed record LeaseAttempt(JobLease? Lease, string? HolderRunId, DateTimeOffset? HeldSince)
{
    public bool Acquired => Lease is not null;
}
