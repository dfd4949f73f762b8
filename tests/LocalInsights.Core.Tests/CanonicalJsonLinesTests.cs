using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Tests;

public sealed class CanonicalJsonLinesTests : IDisposable
{
    private const string DevicesPath = "env/canonical/intune/2026-11/run-1/devices.jsonl.gz";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-jsonl-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderStore _store;

    public CanonicalJsonLinesTests()
    {
        _store = new LocalFolderStore(_root);
    }

    [Fact]
    public async Task ManyLines_AreReadInOrder()
    {
        var manifest = await StoreAsync(Enumerable.Range(1, 3000).Select(Line));

        var devices = await ReadAsync(manifest);

        Assert.Equal(Enumerable.Range(1, 3000).Select(index => $"d{index}"), devices.Select(device => device.DeviceId));
    }

    [Fact]
    public async Task BadLine_AmongMany_IsNamed()
    {
        var lines = Enumerable.Range(1, 3000).Select(index => index == 1500 ? "{\"snap" : Line(index));
        var manifest = await StoreAsync(lines);

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(manifest));

        Assert.Contains($"File {DevicesPath} line 1500 is not a valid DeviceSnapshot record", exception.Message,
            StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string Line(int index) =>
        $"{{\"snapshotDate\":\"2026-11-30\",\"source\":\"intune\",\"deviceId\":\"d{index}\"}}";

    private async Task<PullManifest> StoreAsync(IEnumerable<string> lines)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            var text = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
            await gzip.WriteAsync(text);
        }

        var bytes = buffer.ToArray();
        await _store.WriteAllBytesAsync(DevicesPath, bytes, default);
        var window = PullWindow.ForMonth(2026, 11);
        return new PullManifest
        {
            Environment = "env", Connector = "intune", ConnectorType = "test", RunId = "run-1",
            WindowFrom = window.From, WindowTo = window.To, CompletedAt = DateTimeOffset.UnixEpoch,
            Files = [new ManifestFile(DevicesPath, "devices", 0, bytes.Length,
                Convert.ToHexStringLower(SHA256.HashData(bytes)))],
        };
    }

    private async Task<List<DeviceSnapshot>> ReadAsync(PullManifest manifest)
    {
        var devices = new List<DeviceSnapshot>();
        await foreach (var device in new CanonicalReader(_store).ReadAsync<DeviceSnapshot>(manifest, default))
        {
            devices.Add(device);
        }

        return devices;
    }
}
