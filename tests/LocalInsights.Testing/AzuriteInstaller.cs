using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace LocalInsights.Testing;

/// <summary>Installs the Azurite version pinned in tools/azurite with <c>npm ci</c> when it is missing.</summary>
internal static class AzuriteInstaller
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(500);

    // 720 tries 500 ms apart wait 6 minutes, longer than InstallTimeout.
    private const int MaxLockAttempts = 720;

    /// <summary>Returns the path of Azurite's entry script, running <c>npm ci</c> first when it is missing.</summary>
    public static async Task<string> EnsureInstalledAsync(string toolFolder, CancellationToken cancellationToken)
    {
        var entryScript = EntryScript(toolFolder);
        if (File.Exists(entryScript))
        {
            return entryScript;
        }

        // Test projects run in parallel, so two of them may find Azurite missing at the same time.
        using var installLock = await AcquireLockAsync(toolFolder, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(entryScript))
        {
            await RunNpmCiAsync(toolFolder, cancellationToken).ConfigureAwait(false);
        }

        if (!File.Exists(entryScript))
        {
            throw new InvalidOperationException(
                $"npm ci in {toolFolder} succeeded but {entryScript} is missing. Check tools/azurite/package.json.");
        }

        return entryScript;
    }

    private static string EntryScript(string toolFolder) =>
        Path.Combine(toolFolder, "node_modules", "azurite", "dist", "src", "azurite.js");

    private static async Task RunNpmCiAsync(string toolFolder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = toolFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrExplain(start);
        var output = new OutputTail();
        output.Attach(process);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"npm ci in {toolFolder} did not finish within {InstallTimeout.TotalMinutes} minutes:\n{output}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci in {toolFolder} failed with exit code {process.ExitCode}:\n{output}");
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)
                ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{start.FileName} could not be started ({exception.Message}). Install Node.js 20 or later with npm "
                + "and put it on PATH.",
                exception);
        }
    }

    /// <summary>Takes an exclusive lock file in the temporary folder, one per repository checkout.</summary>
    private static async Task<FileStream> AcquireLockAsync(string toolFolder, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(toolFolder)))[..16];
        var lockPath = Path.Combine(Path.GetTempPath(), $"localinsights-azurite-install-{key}.lock");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < MaxLockAttempts)
            {
                // Another test process is installing, and its npm ci ends within InstallTimeout.
                await Task.Delay(LockRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
