using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LocalInsights.Bench.Streaming;
using LocalInsights.Core.Establishments;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Region.Generation;

/// <summary>
/// <c>generate</c>: writes a region's month of input, daily Intune exports and one per-user ENT connection log,
/// over the UAI codes of the official directory, with a fixed seed.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>November 2026, the month of the demo environment.</summary>
    public static readonly DateOnly Month = new(2026, 11, 1);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var devices = new Option<int>("--devices") { Description = "Devices in each daily export.", Required = true };
        var days = new Option<int>("--days")
        {
            Description = "Daily exports, from the first day of November 2026 (at most 30).",
            DefaultValueFactory = _ => 30,
        };
        var activityRows = new Option<long>("--activity-rows")
        {
            Description = "Rows of the ENT connection log.", Required = true,
        };
        var users = new Option<int>("--users")
        {
            Description = "People the connection log rows are drawn from.", DefaultValueFactory = _ => 100_000,
        };
        var seed = new Option<long>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var outFolder = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write; created if missing. Use a temporary folder: the files are large.",
            Required = true,
        };
        var directory = RegionOptions.Directory();
        RegionOptions.RequirePositive(devices);
        RegionOptions.RequirePositive(activityRows);
        RegionOptions.RequirePositive(users);
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 30)
            {
                result.AddError("--days takes a number of days from 1 to 30.");
            }
        });

        var command = new Command("generate", "Write daily Intune exports and an ENT connection log for 2026-11.")
        {
            devices, days, activityRows, users, seed, outFolder, directory,
        };
        command.SetAction(parsed => Execute(
            new GenerationPlan(parsed.GetValue(devices), parsed.GetValue(days), parsed.GetValue(activityRows),
                parsed.GetValue(users), parsed.GetValue(seed)),
            parsed.GetValue(outFolder)!, parsed.GetValue(directory)!, output, error));
        return command;
    }

    private static int Execute(GenerationPlan plan, DirectoryInfo folder, DirectoryInfo directoryFolder,
        TextWriter output, TextWriter error)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var uais = LoadUais(directoryFolder);
            folder.Create();
            var random = new SplitMix64(plan.Seed);
            var exports = new IntuneExportGenerator(random, uais).Write(folder.FullName, Month, plan.Devices,
                plan.Days);
            var people = LogPopulation.Create(plan.Users, uais, random);
            var logPath = Path.Combine(folder.FullName, "ent-connexions-2026-11.csv");
            var log = new ConnectionLogGenerator(people, random).Write(logPath, Month, plan.ActivityRows);
            var dataset = new RegionDataset("2026-11", plan.Devices, plan.Days, (long)plan.Devices * plan.Days,
                log.Rows, plan.Users, plan.Seed, uais.Count, exports, Path.GetFileName(logPath));
            dataset.Save(folder);
            var bytes = folder.EnumerateFiles("*.csv").Sum(file => file.Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {plan.Days} exports of {plan.Devices:N0} devices and {log.Rows:N0} log rows of "
                + $"{log.DistinctUsers:N0} people over {uais.Count} establishments ({bytes / 1048576.0:F1} MiB) in "
                + $"{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s to {folder.FullName}"));
            return RegionApplication.ExitSucceeded;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
                                              or InvalidDataException)
        {
            error.WriteLine($"The generation failed: {exception.Message}");
            return RegionApplication.ExitFailed;
        }
    }

    /// <summary>Returns the distinct UAI codes of the directory's establishments, in ordinal order.</summary>
    private static List<string> LoadUais(DirectoryInfo folder)
    {
        var options = new DirectoryImportOptions { Folder = folder.FullName };
        if (!File.Exists(Path.Combine(folder.FullName, options.DirectoryFile)))
        {
            throw new FileNotFoundException(
                $"{options.DirectoryFile} was not found in {folder.FullName}: give the folder that contains it "
                + "with --directory.");
        }

        using var loggerFactory = RegionOptions.CreateLoggerFactory();
        var directory = new DirectoryImporter(loggerFactory.CreateLogger<DirectoryImporter>())
            .Import(options, CancellationToken.None);
        var uais = directory.Establishments.Select(item => item.Uai.Value).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        return uais.Count > 0
            ? uais
            : throw new InvalidDataException($"The directory in {folder.FullName} lists no establishment.");
    }

    private sealed record GenerationPlan(int Devices, int Days, long ActivityRows, int Users, long Seed);
}
