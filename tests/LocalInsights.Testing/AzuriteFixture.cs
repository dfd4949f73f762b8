using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace LocalInsights.Testing;

/// <summary>
/// The Azurite emulator pinned in <c>tools/azurite</c>, running blob, queue and table services on free
/// 127.0.0.1 ports for one xunit test collection, with data kept in memory only.
/// </summary>
/// <remarks>
/// xunit finds collection definitions only in the test assembly, so each test project declares
/// <c>[CollectionDefinition(AzuriteFixture.CollectionName)] public sealed class AzuriteCollection :
/// ICollectionFixture&lt;AzuriteFixture&gt;;</c> and marks its classes with
/// <c>[Collection(AzuriteFixture.CollectionName)]</c>. The fixture runs <c>npm ci</c> in tools/azurite when
/// Azurite is missing, and on dispose kills only the process tree that it started.
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string CollectionName = "Azurite";

    /// <summary>Azurite's built-in development account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's published development key, which opens only the local emulator.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int MaxStartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollDelay = TimeSpan.FromMilliseconds(100);

    private readonly IMessageSink _diagnostics;
    private Process? _process;
    private OutputTail _output = new();
    private string? _workFolder;

    public AzuriteFixture(IMessageSink diagnostics)
    {
        _diagnostics = diagnostics;
    }

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    public Uri BlobEndpoint => Endpoint(BlobPort);

    public Uri QueueEndpoint => Endpoint(QueuePort);

    public Uri TableEndpoint => Endpoint(TablePort);

    /// <summary>A connection string for the development account with all three endpoints.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
        + $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    public async Task InitializeAsync()
    {
        var toolFolder = Path.Combine(RepositoryRoot.Find(), "tools", "azurite");
        var entryScript = await AzuriteInstaller.EnsureInstalledAsync(toolFolder, CancellationToken.None);
        _workFolder = Directory.CreateTempSubdirectory("localinsights-azurite-").FullName;

        for (var attempt = 1; ; attempt++)
        {
            StartProcess(entryScript);
            var failure = await WaitUntilListeningAsync();
            if (failure is null)
            {
                Report($"Azurite started, pid {_process!.Id}, blob {BlobEndpoint}, queue {QueueEndpoint}, "
                    + $"table {TableEndpoint}");
                return;
            }

            await StopProcessAsync();

            // Another process may take a port between its pick and Azurite's bind, so new ports are picked then.
            if (attempt == MaxStartAttempts || !failure.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(failure);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await StopProcessAsync();
        if (_workFolder is not null && Directory.Exists(_workFolder))
        {
            try
            {
                Directory.Delete(_workFolder, recursive: true);
            }
            catch (IOException exception)
            {
                Report($"Could not delete Azurite's work folder {_workFolder}: {exception.Message}");
            }
        }
    }

    private static Uri Endpoint(int port) =>
        new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{AccountName}"));

    private void StartProcess(string entryScript)
    {
        var ports = FreePorts(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = _workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(entryScript))
        {
            start.ArgumentList.Add(argument);
        }

        _output = new OutputTail();
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"node could not be started ({exception.Message}). Install Node.js 20 or later and put it on PATH.",
                exception);
        }

        _output.Attach(_process);
    }

    /// <summary>Lists Azurite's arguments: loopback only, data in memory, no access log and no telemetry.</summary>
    private List<string> Arguments(string entryScript)
    {
        var loopback = IPAddress.Loopback.ToString();
        return
        [
            entryScript,
            "--blobHost", loopback, "--blobPort", BlobPort.ToString(CultureInfo.InvariantCulture),
            "--queueHost", loopback, "--queuePort", QueuePort.ToString(CultureInfo.InvariantCulture),
            "--tableHost", loopback, "--tablePort", TablePort.ToString(CultureInfo.InvariantCulture),
            "--inMemoryPersistence",
            "--silent",

            // Azurite 3.35 sends telemetry to Microsoft by default, and tests send traffic only to 127.0.0.1.
            "--disableTelemetry",
        ];
    }

    /// <summary>Waits until all three ports accept connections and returns null, or returns the failure.</summary>
    private async Task<string?> WaitUntilListeningAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (_process!.HasExited)
            {
                return $"Azurite exited with code {_process.ExitCode} before listening on 127.0.0.1:{BlobPort}. "
                    + $"Its output:\n{_output}";
            }

            if (await AcceptsAsync(BlobPort) && await AcceptsAsync(QueuePort) && await AcceptsAsync(TablePort))
            {
                return null;
            }

            try
            {
                await Task.Delay(PollDelay, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return $"Azurite did not listen on 127.0.0.1:{BlobPort}, {QueuePort} and {TablePort} within "
                    + $"{StartTimeout.TotalSeconds} s. Its output:\n{_output}";
            }
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Picks distinct free ports by binding them all on 127.0.0.1 at once, then releasing them.</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Dispose());
        }
    }

    private async Task StopProcessAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(StopTimeout);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Report($"Azurite, pid {_process.Id}, did not exit within {StopTimeout.TotalSeconds} s of being killed.");
        }
        finally
        {
            _process.Dispose();
            _process = null;
        }
    }

    private void Report(string message) => _diagnostics.OnMessage(new DiagnosticMessage(message));
}
