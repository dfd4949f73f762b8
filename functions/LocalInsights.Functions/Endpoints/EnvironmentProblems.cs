namespace LocalInsights.Functions.Endpoints;

/// <summary>The problems that keep an environment's schedules from running, each with its configuration key.</summary>
public sealed record EnvironmentProblems(string Environment, IReadOnlyList<string> Problems);
