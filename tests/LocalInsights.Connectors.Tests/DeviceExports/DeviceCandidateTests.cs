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
    [InlineData("poste élève ☃")]
    public void Store_GivesBackTheDeviceAsRead(string deviceId)
    {
        var read = new DeviceSnapshot
        {
            SnapshotDate = new DateOnly(2026, 11, 30), Source = "intune", DeviceId = deviceId, DeviceName = "PC-1",
            SerialNumber = "SN1", Manufacturer = "Lenovo", Model = "ThinkPad L13", OperatingSystem = "Windows",
            OsVersion = "10.0", EnrolledAt = new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.FromHours(2)),
            LastSyncAt = null, Status = "Compliant",
        };
        var store = new DeviceCandidateStore();

        var handle = store.Add(new DeviceCandidate(read, new DeviceMatch("name", "0350022J"), "export.csv", 12));
        var candidate = store.Get(handle);

        Assert.Equal(read, candidate.Snapshot);
        Assert.Equal(deviceId, candidate.DeviceId);
        Assert.Null(candidate.LastSyncAt);
        Assert.Equal(new DeviceMatch("name", "0350022J"), candidate.Match);
        Assert.Equal(("export.csv", 12L), (candidate.File, candidate.Line));
    }

    [Fact]
    public void Store_ManyDevices_KeepsEachAcrossChunks()
    {
        var store = new DeviceCandidateStore();
        var match = new DeviceMatch("name", "0350022J");
        var handles = new List<long>();
        for (var index = 0; index < 40_000; index++)
        {
            var device = new DeviceSnapshot
            {
                SnapshotDate = new DateOnly(2026, 11, 1 + (index % 30)), Source = "intune",
                DeviceId = new Guid(index, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).ToString("D"),
                SerialNumber = index % 3 == 0 ? null : $"SN-{index}-{new string('x', index % 50)}",
                Model = index % 7 == 0 ? null : $"Model {index % 5}", OperatingSystem = "Windows",
                LastSyncAt = index % 4 == 0 ? null : LastSync(index),
            };
            handles.Add(store.Add(new DeviceCandidate(device, index % 2 == 0 ? match : null, $"f{index % 3}.csv",
                index + 2)));
        }

        Assert.True(handles[^1] > 1 << 20, "40,000 devices fill more than one chunk of 1 MiB");
        for (var index = 0; index < handles.Count; index += 997)
        {
            var candidate = store.Get(handles[index]);
            Assert.Equal(new Guid(index, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).ToString("D"), candidate.DeviceId);
            Assert.Equal(index % 3 == 0 ? null : $"SN-{index}-{new string('x', index % 50)}",
                candidate.Snapshot.SerialNumber);
            Assert.Equal(index % 7 == 0 ? null : $"Model {index % 5}", candidate.Snapshot.Model);
            Assert.Equal(index % 2 == 0 ? match : null, candidate.Match);
            Assert.Equal(index + 2, candidate.Line);
            Assert.Equal(new DateOnly(2026, 11, 1 + (index % 30)), candidate.SnapshotDate);
            Assert.Equal(index % 4 == 0 ? null : LastSync(index), candidate.LastSyncAt);
            Assert.Equal(index % 4 == 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(60 * (index % 3)),
                candidate.LastSyncAt?.Offset ?? TimeSpan.Zero);
        }
    }

    private static DateTimeOffset LastSync(int index) =>
        new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromMinutes(60 * (index % 3))).AddSeconds(index);

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
