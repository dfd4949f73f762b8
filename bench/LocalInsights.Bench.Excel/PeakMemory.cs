using System.Globalization;

namespace LocalInsights.Bench.Excel;

/// <summary>Peak resident memory of this process, <c>VmHWM</c> of Linux's <c>/proc/self/status</c>.</summary>
internal static class PeakMemory
{
    private const string StatusPath = "/proc/self/status";

    /// <summary>Returns the peak resident size in bytes, or null where <c>/proc</c> is absent.</summary>
    public static long? ReadBytes()
    {
        if (!File.Exists(StatusPath))
        {
            return null;
        }

        // The line reads like "VmHWM:     123456 kB".
        var line = File.ReadLines(StatusPath)
            .FirstOrDefault(text => text.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
