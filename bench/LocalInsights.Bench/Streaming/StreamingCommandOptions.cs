using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Streaming;

/// <summary>Options that <c>streaming</c> and <c>streaming-compare</c> share, with their checks.</summary>
internal static class StreamingCommandOptions
{
    public static Option<int> Users()
    {
        var option = new Option<int>("--users")
        {
            Description = "Distinct people the rows are drawn from, whatever the row count.",
            DefaultValueFactory = _ => StreamingOptions.DefaultUsers,
        };
        RequirePositive(option);
        return option;
    }

    public static Option<long> Seed() => new("--seed")
    {
        Description = "Seed of the generator: the same seed, rows and users give the same log.",
        DefaultValueFactory = _ => StreamingOptions.DefaultSeed,
    };

    public static Option<DirectoryInfo> Directory() => new("--directory")
    {
        Description = "Folder of fr-en-annuaire-education.csv, whose écoles give the UAI codes. "
            + "Default: the demo directory copied next to the benchmark.",
        DefaultValueFactory = _ => StreamingOptions.DefaultDirectoryFolder,
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Log every step of the pull and the aggregation, not only warnings and errors.",
    };

    /// <summary>Rejects zero and negative values, naming the option.</summary>
    public static void RequirePositive<T>(Option<T> option)
        where T : struct, IComparable<T>
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>().CompareTo(default) <= 0)
            {
                result.AddError($"{option.Name} must be a whole number greater than zero.");
            }
        });
    }

    /// <summary>Logs to standard error, so that standard output carries only the results.</summary>
    public static ILoggerFactory CreateLoggerFactory(bool verbose) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
        .AddSimpleConsole(options => options.SingleLine = true)
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
}
