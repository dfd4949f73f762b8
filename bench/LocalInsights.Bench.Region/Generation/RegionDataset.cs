using System.Text.Json;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Bench.Region.Generation;

/// <summary>
/// Description of a generated folder, stored as <c>dataset.json</c> next to the files: the month, the sizes, the
/// seed and the file names, relative to the folder. Both engines read their input from it.
/// </summary>
internal sealed record RegionDataset(
    string Month,
    int Devices,
    int Days,
    long DeviceRows,
    long ActivityRows,
    int Users,
    long Seed,
    int Establishments,
    IReadOnlyList<DeviceExportFile> DeviceFiles,
    string ConnectionLog)
{
    public const string FileName = "dataset.json";

    public PullWindow Window => PullWindow.ParseMonth(Month);

    public long TotalRows => DeviceRows + ActivityRows;

    public static RegionDataset Load(DirectoryInfo folder)
    {
        var path = Path.Combine(folder.FullName, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{FileName} was not found in {folder.FullName}: run 'generate --out {folder.FullName}' first.");
        }

        return JsonSerializer.Deserialize(File.ReadAllBytes(path), RegionJsonContext.Default.RegionDataset)
            ?? throw new InvalidDataException($"{path} is empty: run 'generate' again.");
    }

    public void Save(DirectoryInfo folder) =>
        File.WriteAllBytes(Path.Combine(folder.FullName, FileName),
            JsonSerializer.SerializeToUtf8Bytes(this, RegionJsonContext.Default.RegionDataset));
}

/// <summary>One daily Intune export: its file name and the day it stands for.</summary>
internal sealed record DeviceExportFile(string File, DateOnly SnapshotDate);
