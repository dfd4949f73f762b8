namespace LocalInsights.Cli;

/// <summary>Writes one line per run step to the error stream, so the summary on standard output stays clean.</summary>
internal sealed class ConsoleProgress(TextWriter error, string environment) : IProgress<Core.Pipeline.RunProgress>
{
    public void Report(Core.Pipeline.RunProgress value) =>
        error.WriteLine($"[{environment}] {value.Index}/{value.Count} {value.Step}: {value.Detail}");
}
