using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Privacy;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Configuration;

/// <summary>
/// One environment's settings, read from <c>LocalInsights:Environments:{id}</c>: its name, default month, directory
/// files, privacy key, metric definitions and connector instances.
/// </summary>
public sealed partial record EnvironmentSettings
{
    public const string EnvironmentsSection = "LocalInsights:Environments";

    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public PullWindow? DefaultWindow { get; init; }
    public required IConfigurationSection Directory { get; init; }
    public required Pseudonymizer Pseudonymizer { get; init; }
    public required AggregationOptions Metrics { get; init; }
    public required IReadOnlyList<ConnectorInstance> Connectors { get; init; }

    /// <summary>
    /// Pulls run at the same time in one run (<c>ParallelPulls</c>, 1 to <see cref="MaxParallelPulls"/>); by
    /// default the number of processors, at most 4. Each pull reads its own source, so they use separate processors;
    /// memory is that of the pulls running together.
    /// </summary>
    public int ParallelPulls { get; init; } = DefaultParallelPulls;

    /// <summary>Most pulls one run may run at the same time.</summary>
    public const int MaxParallelPulls = 16;

    public static int DefaultParallelPulls => Math.Clamp(System.Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Folder that relative paths of this environment are resolved against: the <c>BaseDirectory</c> setting,
    /// itself relative to the configuration file's folder, or that folder when it is not set.
    /// </summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Lists the environment ids present in configuration.</summary>
    public static IReadOnlyList<string> ListIds(IConfiguration configuration) =>
        configuration.GetSection(EnvironmentsSection).GetChildren().Select(child => child.Key).Order().ToList();

    /// <summary>
    /// Reads and validates environment <paramref name="id"/>; throws a <see cref="ConfigurationException"/> that
    /// lists every invalid or missing key.
    /// </summary>
    public static EnvironmentSettings Load(IConfiguration configuration, string id, string baseDirectory,
        IReadOnlyCollection<string> knownConnectorTypes)
    {
        var section = configuration.GetSection(EnvironmentsSection).GetSection(id);
        if (!section.Exists())
        {
            var known = ListIds(configuration);
            throw new ConfigurationException(
                $"Environment '{id}' is not configured under {EnvironmentsSection}. "
                + (known.Count == 0 ? "No environment is configured." : $"Configured: {string.Join(", ", known)}."));
        }

        var problems = new List<string>();
        if (!ValidId().IsMatch(id))
        {
            problems.Add($"{section.Path}: the environment id '{id}' must be lower-case letters, digits, '-' and '_', "
                + "starting with a letter or digit, because it names storage folders and files.");
        }

        var displayName = section["DisplayName"];
        if (string.IsNullOrWhiteSpace(displayName))
        {
            problems.Add($"{section.Path}:DisplayName is missing: give the environment a name people recognise.");
        }

        var window = ReadWindow(section, problems);
        var pseudonymizer = ReadPseudonymizer(section, problems);
        var metrics = ReadMetrics(section, problems);
        var connectors = ReadConnectors(section, knownConnectorTypes, problems);
        var parallelPulls = ReadParallelPulls(section, problems);
        ConfigurationException.ThrowIfAny(problems, $"Environment '{id}'");

        return new EnvironmentSettings
        {
            Id = id, DisplayName = displayName!, DefaultWindow = window, Directory = section.GetSection("Directory"),
            Pseudonymizer = pseudonymizer!, Metrics = metrics, Connectors = connectors, ParallelPulls = parallelPulls,
            BaseDirectory = Path.GetFullPath(Path.Combine(baseDirectory, section["BaseDirectory"] ?? ".")),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,62}$")]
    private static partial System.Text.RegularExpressions.Regex ValidId();

    private static int ReadParallelPulls(IConfigurationSection section, List<string> problems)
    {
        var text = section["ParallelPulls"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultParallelPulls;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value is >= 1 and <= MaxParallelPulls)
        {
            return value;
        }

        problems.Add($"{section.Path}:ParallelPulls is '{text}': give a whole number from 1 to {MaxParallelPulls}, "
            + "the number of pulls a run may run at the same time.");
        return DefaultParallelPulls;
    }

    private static PullWindow? ReadWindow(IConfigurationSection section, List<string> problems)
    {
        var month = section["Month"];
        if (string.IsNullOrWhiteSpace(month))
        {
            return null;
        }

        try
        {
            return PullWindow.ParseMonth(month);
        }
        catch (FormatException exception)
        {
            problems.Add($"{section.Path}:Month: {exception.Message}");
            return null;
        }
    }

    private static Pseudonymizer? ReadPseudonymizer(IConfigurationSection section, List<string> problems)
    {
        var key = section["Privacy:PseudonymKey"];
        var path = $"{section.Path}:Privacy:PseudonymKey";
        if (string.IsNullOrWhiteSpace(key))
        {
            problems.Add($"{path} is missing: set it from the environment (variable "
                + $"{path.Replace(":", "__", StringComparison.Ordinal)}) or a Key Vault reference, as at least "
                + $"{Pseudonymizer.MinimumKeyBytes} random bytes in Base64 (openssl rand -base64 32).");
            return null;
        }

        try
        {
            return Pseudonymizer.FromBase64(key);
        }
        catch (ArgumentException exception)
        {
            problems.Add($"{path}: {exception.Message}");
            return null;
        }
    }

    private static AggregationOptions ReadMetrics(IConfigurationSection section, List<string> problems)
    {
        var metrics = new AggregationOptions();
        var metricsSection = section.GetSection("Metrics");
        try
        {
            metricsSection.Bind(metrics);
        }
        catch (InvalidOperationException exception)
        {
            problems.Add($"{metricsSection.Path}: {exception.Message}");
            return metrics;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(metrics, new ValidationContext(metrics), results, validateAllProperties: true);
        problems.AddRange(results.Select(result =>
            $"{metricsSection.Path}:{string.Join(',', result.MemberNames)}: {result.ErrorMessage}"));
        return metrics;
    }

    private static List<ConnectorInstance> ReadConnectors(IConfigurationSection section,
        IReadOnlyCollection<string> knownTypes, List<string> problems)
    {
        var instances = new List<ConnectorInstance>();
        foreach (var child in section.GetSection("Connectors").GetChildren())
        {
            var type = child["Type"] ?? child.Key;
            if (!knownTypes.Contains(type))
            {
                problems.Add($"{child.Path}:Type '{type}' is not a known connector type. "
                    + $"Known: {string.Join(", ", knownTypes.Order())}.");
                continue;
            }

            var enabledText = child["Enabled"];
            var enabled = true;
            if (enabledText is not null && !bool.TryParse(enabledText, out enabled))
            {
                problems.Add($"{child.Path}:Enabled: '{enabledText}' is not a boolean: write true or false.");
                continue;
            }

            instances.Add(new ConnectorInstance(child.Key, type, child, enabled));
        }

        if (instances.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{section.Path}:Connectors has no connector: configure at least one source.");
        }

        return instances;
    }
}

/// <summary>A connector configured in an environment: its name, type and settings.</summary>
public sealed record ConnectorInstance(string Name, string Type, IConfigurationSection Settings, bool Enabled);
