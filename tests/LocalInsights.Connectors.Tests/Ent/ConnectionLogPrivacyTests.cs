using LocalInsights.Connectors.Ent.ConnectionLog;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Tests.Ent;

public sealed class ConnectionLogPrivacyTests : IDisposable
{
    /// <summary>Every identifier of the test log; each is an e-mail address under this domain.</summary>
    private static readonly string[] Identifiers =
    [
        "lea.martin", "paul.bernard", "hugo.petit", "ines.roux", "zoe.durand", "nina.lefort", "marc.martin",
        "@lycee-beaumont.example",
    ];

    private readonly ConnectorHarness _harness = new();

    [Fact]
    public async Task StoredFiles_HoldNoIdentifier()
    {
        var result = await PullAsync();
        Assert.True(result.Succeeded, result.Failure);

        var files = await StoredText.ReadAllAsync(_harness.Store.Location);

        Assert.NotEmpty(files);
        var activity = Assert.Single(files,
            file => file.Path.EndsWith("platform-activity.bin", StringComparison.Ordinal));
        Assert.Contains("0350022J", activity.Text, StringComparison.Ordinal);
        Assert.Contains("Messagerie", activity.Text, StringComparison.Ordinal);
        foreach (var (path, text) in files)
        {
            foreach (var identifier in Identifiers)
            {
                Assert.False(text.Contains(identifier, StringComparison.OrdinalIgnoreCase), $"{path} has {identifier}");
            }
        }
    }

    [Fact]
    public async Task LogEntries_HoldNoIdentifier()
    {
        var result = await PullAsync();
        Assert.True(result.Succeeded, result.Failure);

        Assert.NotEmpty(_harness.Logs.Entries);
        foreach (var entry in _harness.Logs.Entries)
        {
            foreach (var identifier in Identifiers)
            {
                Assert.False(entry.Message.Contains(identifier, StringComparison.OrdinalIgnoreCase), entry.Message);
            }
        }
    }

    [Fact]
    public async Task RawCopy_NotStored()
    {
        var result = await PullAsync();
        Assert.True(result.Succeeded, result.Failure);

        var paths = await _harness.ListStoredAsync();

        Assert.Contains(paths, path => path.StartsWith("test/canonical/", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, path => path.StartsWith("test/raw/", StringComparison.Ordinal));
    }

    [Fact]
    public void Declaration_SaysRawCopiesNotKept()
    {
        var declaration = new EntConnectionLogConnector().Descriptor.Processing;

        Assert.Contains("Raw copies of per-user log files are not kept", declaration.Retention,
            StringComparison.Ordinal);
        Assert.Equal(["pupils", "teachers", "staff", "parents"], declaration.DataSubjects);
    }

    public void Dispose() => _harness.Dispose();

    private Task<PullResult> PullAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("ent-connection-log/connexions-2024-09.csv"),
        };
        return _harness.PullAsync(new EntConnectionLogConnector(), settings, PullWindow.ForMonth(2024, 9));
    }
}
