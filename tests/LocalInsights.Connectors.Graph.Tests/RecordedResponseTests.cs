using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class RecordedResponseTests
{
    private static readonly PullWindow November2026 = PullWindow.ForMonth(2026, 11);

    [Fact]
    public async Task Demo_recording_replays_through_sdk()
    {
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DemoSettings(), November2026);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Empty(harness.Credentials.Credential.Scopes);
        var devices = (await harness.ReadAsync<DeviceSnapshot>(November2026)).ToDictionary(item => item.DeviceId[^1..]);
        Assert.Equal(4, devices.Count);
        Assert.Equal(("0350053T", new DateOnly(2026, 11, 30)), (devices["1"].Uai, devices["1"].SnapshotDate));
        Assert.Null(devices["2"].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 5, 0, TimeSpan.Zero), devices["3"].LastSyncAt);
        Assert.Null(devices["4"].Uai);
        var licences = await harness.ReadAsync<LicenceSnapshot>(November2026);
        Assert.Equal(2, licences.Count(item => item.Uai is null));
        Assert.All(licences, item => Assert.Null(item.ActiveUsers));
        var activity = await harness.ReadAsync<PlatformActivity>(November2026);
        Assert.Equal(["0350053T", "0350710G", "0350710G"], activity.Select(item => item.Uai).Order());
        var kinds = (await harness.ReadAsync<QualityObservation>(November2026)).Select(item => item.Kind).ToHashSet();
        Assert.Superset(new HashSet<QualityIssueKind>
        {
            QualityIssueKind.CountMismatch, QualityIssueKind.Duplicate, QualityIssueKind.UnmappedDevice,
            QualityIssueKind.ConcealedNames,
        }, kinds);
        Assert.Contains(harness.Logs.Entries, entry => entry.EventId == 2302);
    }

    [Fact]
    public async Task Unrecorded_request_fails_clearly()
    {
        using var harness = new GraphHarness();
        var settings = DemoSettings();
        settings["UsageReports:Reports:0"] = "EmailActivityUserDetail";

        var result = await harness.PullAsync(settings, November2026);

        Assert.False(result.Succeeded);
        Assert.Contains("No recorded response matches GET /v1.0/reports/getEmailActivityUserDetail(period='D30')",
            result.Failure, StringComparison.Ordinal);
    }

    /// <summary>The settings proposed for the demo environment, with the recording of the test data.</summary>
    internal static Dictionary<string, string?> DemoSettings() => new()
    {
        ["TenantId"] = "demo-ille-et-vilaine.example",
        ["RecordedResponses"] = TestFiles.Path("recorded-demo"),
        ["SnapshotDate"] = "2026-11-30",
        ["Devices:Mapping:Rules:0:Name"] = "device name starts with the UAI",
        ["Devices:Mapping:Rules:0:Kind"] = "NamePattern",
        ["Devices:Mapping:Rules:0:Pattern"] = "^(?<uai>\\d{7}[A-Z])-(PC|UC|TAB)-\\d{4}$",
        ["Users:EstablishmentAttribute"] = "department",
        ["Users:RoleAttribute"] = "jobTitle",
        ["Users:Roles:Eleve"] = "Student",
        ["Users:Roles:Enseignant"] = "Teacher",
    };
}
