using System.Text;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Core.Tests;

public sealed class PullSessionTests : IDisposable
{
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-pull-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public PullSessionTests()
    {
        _store = new LocalFolderStore(_root);
    }

    [Fact]
    public async Task Rerun_SameWindow_ReplacesWithoutDuplicates()
    {
        await PullAsync(new ListConnector(3));
        await PullAsync(new ListConnector(3));

        var devices = await ReadDevicesAsync();

        Assert.Equal(3, devices.Count);
        Assert.Equal(3, devices.Select(device => device.DeviceId).Distinct().Count());
    }

    [Fact]
    public async Task Rerun_SameWindow_RemovesEarlierAttemptFiles()
    {
        await PullAsync(new ListConnector(2));
        await PullAsync(new ListConnector(2));

        var paths = await ListAsync("env/canonical/devices/2026-11/");
        var runFolders = paths.Where(path => !path.EndsWith("manifest.json", StringComparison.Ordinal))
            .Select(path => path.Split('/')[4]).Distinct().ToList();

        Assert.Single(runFolders);
    }

    [Fact]
    public async Task FailedPull_KeepsPreviousDataVisible()
    {
        await PullAsync(new ListConnector(4));

        var result = await PullAsync(new ListConnector(10, failAfter: 6));

        Assert.False(result.Succeeded);
        Assert.Equal(4, (await ReadDevicesAsync()).Count);
    }

    [Fact]
    public async Task FailedPull_LeavesNoPartialFiles()
    {
        await PullAsync(new ListConnector(10, failAfter: 6));

        var paths = await ListAsync("env/");

        Assert.Empty(paths);
    }

    [Fact]
    public async Task Rejects_WrittenWithLocationAndCounted()
    {
        var result = await PullAsync(new ListConnector(2, rejects: 3));

        var text = Encoding.UTF8.GetString((await _store.ReadAllBytesAsync(result.Manifest!.RejectsPath!, default))!);
        var lines = text.TrimEnd().Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, result.Manifest.RejectedRows);
        Assert.Equal(4, lines.Length);
        Assert.Equal("\uFEFFsource;file;line;field;value;reason", lines[0]);
        Assert.Equal("devices;devices.csv;7;Model;'=1+1;bad model", lines[1]);
    }

    [Fact]
    public async Task TamperedFile_FailsChecksumOnRead()
    {
        var result = await PullAsync(new ListConnector(2));
        var file = result.Manifest!.Files.Single(item => item.Kind == "devices");
        await using (var gzip = new MemoryStream())
        {
            await using (var compressor = new System.IO.Compression.GZipStream(
                             gzip, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                var record = "{\"snapshotDate\":\"2026-11-30\",\"source\":\"test\",\"deviceId\":\"forged\"}\n";
                await compressor.WriteAsync(Encoding.UTF8.GetBytes(record));
            }

            await _store.WriteAllBytesAsync(file.Path, gzip.ToArray(), default);
        }

        await Assert.ThrowsAsync<InvalidDataException>(ReadDevicesAsync);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<PullResult> PullAsync(IConnector connector) =>
        await new PullRunner(_store, _time).RunAsync(connector, new PullRequest
        {
            Environment = "env", Connector = "devices", Window = November,
            Settings = new ConfigurationBuilder().Build(), BaseDirectory = _root,
            Pseudonymizer = new Pseudonymizer(new byte[32]),
        }, default);

    private async Task<List<DeviceSnapshot>> ReadDevicesAsync()
    {
        var devices = new List<DeviceSnapshot>();
        await foreach (var device in new CanonicalReader(_store).ReadAsync<DeviceSnapshot>("env", November, default))
        {
            devices.Add(device);
        }

        return devices;
    }

    private async Task<List<string>> ListAsync(string prefix)
    {
        var paths = new List<string>();
        await foreach (var item in _store.ListAsync(prefix, default))
        {
            paths.Add(item.Path);
        }

        return paths;
    }

    /// <summary>A connector that writes numbered devices and may reject rows or fail part way.</summary>
    private sealed class ListConnector(int count, int? failAfter = null, int rejects = 0) : IConnector
    {
        public ConnectorDescriptor Descriptor { get; } = new("test-list", "Test list", [typeof(DeviceSnapshot)],
            typeof(object), new ProcessingDeclaration("tests", [], [], "none"));

        public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
        {
            for (var index = 0; index < count; index++)
            {
                if (index == failAfter)
                {
                    throw new ConnectorException("source went away");
                }

                await context.WriteAsync(new DeviceSnapshot
                {
                    SnapshotDate = new DateOnly(2026, 11, 30), Source = "test", DeviceId = $"device-{index}",
                }, cancellationToken);
            }

            for (var index = 0; index < rejects; index++)
            {
                await context.RejectAsync(new Reject("devices.csv", 7 + index, "Model", "=1+1", "bad model"),
                    cancellationToken);
            }
        }
    }
}
