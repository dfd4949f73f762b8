using LocalInsights.Core.Establishments;
using LocalInsights.Core.Privacy;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Connectors;

/// <summary>What to pull: one connector instance of one environment for one window.</summary>
public sealed record PullRequest
{
    public required string Environment { get; init; }

    /// <summary>Name of the connector instance, unique in its environment.</summary>
    public required string Connector { get; init; }

    public required PullWindow Window { get; init; }

    public required IConfiguration Settings { get; init; }

    public required string BaseDirectory { get; init; }

    public required Pseudonymizer Pseudonymizer { get; init; }

    public EstablishmentDirectory Establishments { get; init; } = EstablishmentDirectory.Empty;

    /// <summary>Run id; a new one is made when not given.</summary>
    public string? RunId { get; init; }
}

/// <summary>Outcome of one pull.</summary>
public sealed record PullResult(
    string Connector, bool Succeeded, long Read, long Written, long Rejected, TimeSpan Elapsed, string? Failure,
    Storage.PullManifest? Manifest);
