using System.Security.Cryptography;
using LocalInsights.Hosting;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Cli;

/// <summary>
/// Builds the configuration of a run: the JSON file, then environment variables (<c>__</c> for <c>:</c>), which
/// override it. For the demo, storage goes under the output folder and a pseudonymisation key is made once and
/// kept there, unless the environment provides one.
/// </summary>
internal static class CliConfiguration
{
    public const string DemoEnvironment = "demo-ille-et-vilaine";

    public static CliSetup Build(RunArguments arguments, TextWriter error)
    {
        var file = arguments.Demo
            ? new FileInfo(Path.Combine(AppContext.BaseDirectory, "demo", "localinsights.demo.json"))
            : arguments.Config!;
        if (!file.Exists)
        {
            throw new Core.Configuration.ConfigurationException(arguments.Demo
                ? $"The demo configuration {file.FullName} is missing: rebuild the CLI so samples/demo is copied."
                : $"Configuration file {file.FullName} was not found: check the path given to --config.");
        }

        // Dry runs of report publishers go next to the workbooks unless the configuration sets another folder.
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [PowerBIReportPublisher.DryRunFolderKey] = Path.Combine(arguments.Out.FullName, "powerbi"),
            })
            .AddJsonFile(file.FullName, optional: false, reloadOnChange: false)
            .AddEnvironmentVariables();
        if (arguments.Demo)
        {
            builder.AddInMemoryCollection(DemoOverrides(arguments.Out, error));
            builder.AddEnvironmentVariables();
        }

        try
        {
            return new CliSetup(builder.Build(), file.FullName, file.DirectoryName!);
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException
                                              or System.Text.Json.JsonException)
        {
            throw new Core.Configuration.ConfigurationException(
                $"Configuration file {file.FullName} is not valid JSON: {exception.Message}", exception);
        }
    }

    private static Dictionary<string, string?> DemoOverrides(DirectoryInfo outDirectory, TextWriter error)
    {
        var store = Path.Combine(outDirectory.FullName, "store");
        Directory.CreateDirectory(store);
        var keyFile = Path.Combine(store, ".demo-pseudonym-key");
        if (!File.Exists(keyFile))
        {
            File.WriteAllText(keyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            error.WriteLine($"Created a pseudonymisation key for the demo in {keyFile}.");
        }

        return new Dictionary<string, string?>
        {
            ["LocalInsights:Storage:Kind"] = "Local",
            ["LocalInsights:Storage:Root"] = store,
            [$"LocalInsights:Environments:{DemoEnvironment}:Privacy:PseudonymKey"] = File.ReadAllText(keyFile).Trim(),
        };
    }
}

/// <summary>The configuration of a run and where its file is.</summary>
internal sealed record CliSetup(IConfiguration Configuration, string ConfigurationFile, string BaseDirectory);
