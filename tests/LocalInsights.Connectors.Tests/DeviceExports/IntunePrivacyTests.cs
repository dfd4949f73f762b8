using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Tests.DeviceExports;

public sealed class IntunePrivacyTests : IDisposable
{
    /// <summary>Every personal value of the test export: UPNs and e-mail addresses, names, phones and IMEIs.</summary>
    private static readonly string[] PersonalValues =
    [
        "camille.dupont", "Camille Dupont", "jules.moreau", "Jules Moreau", "agnes.lambert", "Agnès Lambert",
        "+33 6 12 34 56 78", "+33 6 98 76 54 32", "356938035643809", "490154203237518",
    ];

    private readonly ConnectorHarness _harness = new();

    [Fact]
    public async Task StoredFiles_HoldNoPersonalValue()
    {
        var result = await PullAsync();
        Assert.True(result.Succeeded, result.Failure);

        var files = await StoredText.ReadAllAsync(_harness.Store.Location);

        Assert.NotEmpty(files);
        foreach (var (path, text) in files)
        {
            foreach (var value in PersonalValues)
            {
                Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{path} contains {value}");
            }
        }
    }

    [Fact]
    public async Task LogEntries_HoldNoPersonalValue()
    {
        var result = await PullAsync();
        Assert.True(result.Succeeded, result.Failure);

        Assert.NotEmpty(_harness.Logs.Entries);
        foreach (var entry in _harness.Logs.Entries)
        {
            foreach (var value in PersonalValues)
            {
                Assert.False(entry.Message.Contains(value, StringComparison.OrdinalIgnoreCase), entry.Message);
            }
        }
    }

    [Fact]
    public async Task RawCopy_NotStored()
    {
        var result = await PullAsync();
        Assert.True(result.Succeeded, result.Failure);

        var paths = await _harness.ListStoredAsync();

        Assert.DoesNotContain(paths, path => path.StartsWith("test/raw/", StringComparison.Ordinal));
    }

    public void Dispose() => _harness.Dispose();

    private Task<PullResult> PullAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("intune-device-export/devices.csv"),
            ["Mapping:Rules:0:Name"] = "naming convention",
            ["Mapping:Rules:0:Kind"] = "NamePattern",
            ["Mapping:Rules:0:Pattern"] = @"^(?<uai>\d{7}[A-Z])-",
        };
        return _harness.PullAsync(new IntuneDeviceExportConnector(), settings, PullWindow.ForMonth(2024, 9));
    }
}
