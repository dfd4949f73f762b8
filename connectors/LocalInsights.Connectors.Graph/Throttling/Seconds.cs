using System.Globalization;

namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>Formats durations for messages, in seconds, the same way whatever the machine's culture.</summary>
internal static class Seconds
{
    public static string Of(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
