using System.Diagnostics;
using System.Text.Json;
using LocalInsights.Bench.Region.Engines;

namespace LocalInsights.Bench.Region.Comparison;

/// <summary>
/// Runs one engine command in a child process of the same build, so that each run starts from a fresh process
/// and its peak working set is its own.
/// </summary>
internal static class ChildRun
{
    public static async Task<MeasuredRun> RunAsync(Engine engine, IReadOnlyList<string> arguments, TimeSpan timeout,
        TextWriter error, CancellationToken cancellationToken)
    {
        var name = EngineNames.CommandOf(engine);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(StartInfo([name, .. arguments]))
            ?? throw new InvalidOperationException($"The benchmark could not start a child process for {name}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(
                $"The run '{name}' (process {process.Id}) did not end within {timeout.TotalMinutes:F0} minutes and "
                + "was stopped. Raise --timeout-minutes or generate a smaller folder.");
        }

        var processSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await error.WriteAsync(await standardError.ConfigureAwait(false)).ConfigureAwait(false);
        var result = ParseResult(name, await standardOutput.ConfigureAwait(false), process.ExitCode);
        return new MeasuredRun(result, processSeconds);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath
            ?? throw new InvalidOperationException(
                "The path of the benchmark's own executable is unknown, so no child run can start.");
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };

        // Started as "dotnet LocalInsights.Bench.Region.dll", the child needs the assembly path too.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static EngineResult ParseResult(string name, string output, int exitCode)
    {
        var line = output.Split('\n').LastOrDefault(text => text.StartsWith('{'));
        if (exitCode != 0 || line is null)
        {
            throw new InvalidOperationException(
                $"The run '{name}' failed with exit code {exitCode}; its messages are above.");
        }

        return JsonSerializer.Deserialize(line, RegionJsonContext.Default.EngineResult)
            ?? throw new InvalidDataException($"The run '{name}' printed a null result line.");
    }
}

/// <summary>An engine's own measurements and the wall time of its whole process, start-up included.</summary>
internal sealed record MeasuredRun(EngineResult Result, double ProcessSeconds);
