using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Region;

/// <summary>Options shared by several commands, and the logger the production code writes to.</summary>
internal static class RegionOptions
{
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "Folder written by 'generate': its dataset.json, exports and connection log.",
        Required = true,
    };

    public static Option<DirectoryInfo> Directory() => new("--directory")
    {
        Description = "Folder of fr-en-annuaire-education.csv, whose establishments give the UAI codes. "
            + "Default: the demo's directory copied next to the build.",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "directory")),
    };

    public static void RequirePositive<T>(Option<T> option)
        where T : System.Numerics.INumber<T> =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() <= T.Zero)
            {
                result.AddError($"{option.Name} takes a whole number greater than zero.");
            }
        });

    /// <summary>
    /// Creates the logger factory of the production code: warnings and errors to standard error, which keeps
    /// standard output for the result line. Information lines would cost time in the measured section.
    /// </summary>
    public static ILoggerFactory CreateLoggerFactory() => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(LogLevel.Warning)
        .AddSimpleConsole(options => options.SingleLine = true)
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
}
