using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Pipeline;

/// <summary>What a run of an environment did: each pull, the facts, and the stored run record.</summary>
public sealed record RunOutcome(RunRecord Record, IReadOnlyList<PullResult> Pulls, FactSet? Facts)
{
    public bool Succeeded => Record.Status == RunStatus.Succeeded;

    public IEnumerable<PullResult> FailedPulls => Pulls.Where(pull => !pull.Succeeded);
}

/// <summary>Status words stored in run records.</summary>
public static class RunStatus
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";

    /// <summary>Some pulls failed; the facts use the previous complete pull of those sources, if any.</summary>
    public const string PartiallyFailed = "PartiallyFailed";

    public const string Failed = "Failed";
}

/// <summary>Progress of a run, for hosts that show it.</summary>
public sealed record RunProgress(string Step, int Index, int Count, string? Detail);
