using Cronos;
using LocalInsights.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Hosting.Scheduling;

/// <summary>
/// Reads the connector schedules of every environment: <c>Connectors:{name}:Schedule</c> (a cron expression),
/// evaluated in the environment's <c>ScheduleTimeZone</c>, pulling the month that <c>ScheduleWindow</c> selects.
/// </summary>
public sealed class ScheduleReader(IConfiguration configuration)
{
    /// <summary>Time zone of schedules when <c>ScheduleTimeZone</c> is not set.</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    public const string ScheduleKey = "Schedule";
    public const string TimeZoneKey = "ScheduleTimeZone";
    public const string WindowKey = "ScheduleWindow";

    /// <summary>Reads the schedules of every configured environment, in environment id order.</summary>
    public IReadOnlyList<EnvironmentSchedules> ReadAll() =>
        EnvironmentSettings.ListIds(configuration).Select(Read).ToList();

    /// <summary>Reads the schedules of <paramref name="environment"/> and lists every invalid key.</summary>
    public EnvironmentSchedules Read(string environment)
    {
        var section = configuration.GetSection(EnvironmentSettings.EnvironmentsSection).GetSection(environment);
        if (!section.Exists())
        {
            return new EnvironmentSchedules(environment, [],
                [$"Environment '{environment}' is not configured under {EnvironmentSettings.EnvironmentsSection}."]);
        }

        var problems = new List<string>();
        var timeZone = ReadTimeZone(section, problems);
        var window = ReadWindow(section, problems);
        var schedules = new List<ConnectorSchedule>();
        foreach (var connector in section.GetSection("Connectors").GetChildren())
        {
            var expression = connector[ScheduleKey];
            var enabled = !string.Equals(connector["Enabled"], "false", StringComparison.OrdinalIgnoreCase);
            if (string.IsNullOrWhiteSpace(expression) || !enabled)
            {
                continue;
            }

            if (ParseCron(expression, $"{connector.Path}:{ScheduleKey}", problems) is { } cron && timeZone is not null)
            {
                schedules.Add(new ConnectorSchedule(environment, connector.Key, expression.Trim(), cron, timeZone,
                    window));
            }
        }

        return problems.Count == 0
            ? new EnvironmentSchedules(environment, schedules, [])
            : new EnvironmentSchedules(environment, [], problems);
    }

    /// <summary>Lists the enabled connectors of <paramref name="environment"/>, scheduled or not, by name.</summary>
    public IReadOnlyList<string> ConnectorNames(string environment) =>
        configuration.GetSection(EnvironmentSettings.EnvironmentsSection).GetSection(environment)
            .GetSection("Connectors").GetChildren()
            .Where(connector => !string.Equals(connector["Enabled"], "false", StringComparison.OrdinalIgnoreCase))
            .Select(connector => connector.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Returns the time zone of <paramref name="environment"/>'s schedules, or the default zone when it is not set
    /// or invalid.
    /// </summary>
    public TimeZoneInfo TimeZoneOf(string environment)
    {
        var section = configuration.GetSection(EnvironmentSettings.EnvironmentsSection).GetSection(environment);
        return ReadTimeZone(section, []) ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
    }

    /// <summary>
    /// Parses a cron expression of 5 fields (minute hour day month weekday), or 6 when the first gives seconds,
    /// as Azure Functions timer schedules do.
    /// </summary>
    public static CronExpression? ParseCron(string expression, string key, List<string> problems)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var format = fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            return CronExpression.Parse(string.Join(' ', fields), format);
        }
        catch (CronFormatException exception)
        {
            problems.Add($"{key} '{expression}' is not a valid cron expression ({exception.Message}). Write 5 fields, "
                + "minute hour day month weekday, such as '0 6 2 * *' for 06:00 on the 2nd of each month.");
            return null;
        }
    }

    private static TimeZoneInfo? ReadTimeZone(IConfigurationSection section, List<string> problems)
    {
        var id = section[TimeZoneKey];
        id = string.IsNullOrWhiteSpace(id) ? DefaultTimeZoneId : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add($"{section.Path}:{TimeZoneKey} '{id}' is not a time zone of this machine: use an IANA id "
                + "such as Europe/Paris or America/Cayenne.");
            return null;
        }
    }

    private static ScheduleWindow ReadWindow(IConfigurationSection section, List<string> problems)
    {
        var text = section[WindowKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return ScheduleWindow.PreviousMonth;
        }

        if (Enum.TryParse<ScheduleWindow>(text, ignoreCase: true, out var window) && Enum.IsDefined(window))
        {
            return window;
        }

        problems.Add($"{section.Path}:{WindowKey} '{text}' is invalid: use PreviousMonth or CurrentMonth.");
        return ScheduleWindow.PreviousMonth;
    }
}
