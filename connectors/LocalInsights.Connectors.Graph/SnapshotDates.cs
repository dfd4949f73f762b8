using System.Globalization;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph;

/// <summary>
/// Chooses the day a device and licence snapshot stands for. Graph only returns the state of today, so a pull
/// for a past month is accepted only shortly after that month ends, and is dated its last day.
/// </summary>
internal static class SnapshotDates
{
    public static DateOnly Resolve(GraphConnectorOptions options, PullContext context)
    {
        var window = context.Window;
        if (options.SnapshotDate is { } configured)
        {
            return window.Contains(configured)
                ? configured
                : throw new ConnectorException($"Connector '{context.Connector}': SnapshotDate {Format(configured)} "
                    + $"is outside the window {window}. Set {ConnectorFiles.SettingsKey(context, "SnapshotDate")} "
                    + "to a day of the month being run, or remove it.");
        }

        var today = Today(context);
        if (window.Contains(today))
        {
            return today;
        }

        if (today > window.To && today.DayNumber - window.To.DayNumber <= options.SnapshotGraceDays)
        {
            return window.To;
        }

        throw new ConnectorException($"Connector '{context.Connector}': Graph returns devices and licences as they "
            + $"are today ({Format(today)}), which cannot stand for the window {window}. Run this connector during "
            + $"that month or within {options.SnapshotGraceDays} days after it (SnapshotGraceDays).");
    }

    /// <summary>
    /// Returns the day the device listing is taken on: <see cref="GraphConnectorOptions.SnapshotDate"/>, or today
    /// (UTC). Unlike <see cref="Resolve"/>, it is not moved back to the window's last day during the grace days,
    /// because the state Graph returns is today's.
    /// </summary>
    public static DateOnly TakenOn(GraphConnectorOptions options, PullContext context) =>
        options.SnapshotDate ?? Today(context);

    private static DateOnly Today(PullContext context) =>
        DateOnly.FromDateTime(context.TimeProvider.GetUtcNow().UtcDateTime);

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
