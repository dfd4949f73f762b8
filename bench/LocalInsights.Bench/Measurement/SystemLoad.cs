using System.Globalization;

namespace LocalInsights.Bench.Measurement;

/// <summary>
/// Reads the one-minute load average of Linux's <c>/proc/loadavg</c>: the mean number of runnable tasks, which
/// shows whether other programs competed for the processors during a timed run. Null where <c>/proc</c> is absent.
/// </summary>
internal static class SystemLoad
{
    private const string LoadAveragePath = "/proc/loadavg";

    public static double? OneMinuteAverage()
    {
        if (!File.Exists(LoadAveragePath))
        {
            return null;
        }

        // The file reads like "0.52 0.58 0.59 1/467 12345": averages over 1, 5 and 15 minutes, then task counts.
        var first = File.ReadAllText(LoadAveragePath).Split(' ')[0];
        return double.Parse(first, CultureInfo.InvariantCulture);
    }
}
