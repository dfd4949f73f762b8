using System.Diagnostics;
using System.Text.Json;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// Runs <c>streaming</c> in a child process of the same build, so that each measurement starts from a fresh
/// process and no run inherits the heap or the peak working set of another.
/// </summary>
internal static class BenchProcess
{
    public static async Task<StreamingResult> RunStreamingAsync(IReadOnlyList<string> arguments, TimeSpan timeout,
        TextWriter error, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(["streaming", .. arguments]))
            ?? throw new InvalidOperationException("The benchmark could not start a child process.");
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
                $"The run 'streaming {string.Join(' ', arguments)}' (process {process.Id}) did not end within "
                + $"{timeout.TotalMinutes:F0} minutes and was stopped. Raise --timeout-minutes or lower --rows.");
        }

        await error.WriteAsync(await standardError.ConfigureAwait(false)).ConfigureAwait(false);
        return ParseResult(await standardOutput.ConfigureAwait(false), process.ExitCode, arguments);
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

        // Started as "dotnet LocalInsights.Bench.dll", the child needs the assembly path too.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(BenchProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static StreamingResult ParseResult(string output, int exitCode, IReadOnlyList<string> arguments)
    {
        var line = output.Split('\n').LastOrDefault(text => text.StartsWith('{'));
        if (exitCode != 0 || line is null)
        {
            throw new InvalidOperationException(
                $"The run 'streaming {string.Join(' ', arguments)}' failed with exit code {exitCode}; "
                + "its messages are above.");
        }

        return JsonSerializer.Deserialize(line, BenchJsonContext.Default.StreamingResult)
            ?? throw new InvalidDataException(
                $"The run 'streaming {string.Join(' ', arguments)}' printed a null result line.");
    }
}
