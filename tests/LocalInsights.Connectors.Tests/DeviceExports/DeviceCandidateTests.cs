using LocalInsights.Connectors.DeviceExports;
using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.DeviceExports;

public sealed class DeviceCandidateTests
{
    [Theory]
    [InlineData("d7363ca5-ec6c-4b1a-9f0e-0123456789ab")]
    [InlineData("D7363CA5-EC6C-4B1A-9F0E-0123456789AB")]
    [InlineData("{d7363ca5-ec6c-4b1a-9f0e-0123456789ab}")]
    [InlineData("GLPI-42")]
    public void Snapshot_GivesBackTheRecordAsRead(string deviceId)
    {
        var read = new DeviceSnapshot
        {
            SnapshotDate = new DateOnly(2026, 11, 30), Source = "intune", DeviceId = deviceId, DeviceName = "PC-1",
            SerialNumber = "SN1", Manufacturer = "Lenovo", Model = "ThinkPad L13", OperatingSystem = "Windows",
            OsVersion = "10.0", EnrolledAt = new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.FromHours(2)),
            LastSyncAt = null, Status = "Compliant",
        };

        var candidate = new DeviceCandidate(read, new DeviceMatch("name", "0350022J"), "export.csv", 12);

        Assert.Equal(read, candidate.Snapshot);
        Assert.Equal(deviceId, candidate.DeviceId);
        Assert.Null(candidate.LastSyncAt);
        Assert.Equal(("export.csv", 12L), (candidate.File, candidate.Line));
    }

    [Fact]
    public void ChunkedList_KeepsValuesAcrossChunks()
    {
        var list = new ChunkedList<int>();
        for (var value = 0; value < 1000; value++)
        {
            list.Add(value);
        }

        list[700] = -7;

        Assert.Equal(1000, list.Count);
        Assert.Equal(255, list[255]);
        Assert.Equal(256, list[256]);
        Assert.Equal(-7, list[700]);
        Assert.Equal(Enumerable.Range(0, 1000).Select(value => value == 700 ? -7 : value), list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1000]);
    }
}
