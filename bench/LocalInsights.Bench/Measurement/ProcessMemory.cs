using System.Globalization;

namespace LocalInsights.Bench.Measurement;

/// <summary>
/// Reads the resident memory of this process from Linux's <c>/proc/self/status</c>: <c>VmRSS</c> (now) and
/// <c>VmHWM</c> (the peak, or high-water mark). Both return null where <c>/proc</c> is absent.
/// </summary>
internal static class ProcessMemory
{
    private const string StatusPath = "/proc/self/status";
    private const string ClearRefsPath = "/proc/self/clear_refs";

    public static long? ResidentBytes() => ReadKilobytes("VmRSS:") * 1024;

    public static long? PeakResidentBytes() => ReadKilobytes("VmHWM:") * 1024;

    /// <summary>
    /// Resets <c>VmHWM</c> to the current resident size by writing <c>5</c> to <c>/proc/self/clear_refs</c>, so
    /// that the peak covers only what runs next. Linux has accepted the value since 4.0 (kernel commit 695f0559).
    /// Returns false when the kernel rejects the write.
    /// </summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText(ClearRefsPath, "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? ReadKilobytes(string field)
    {
        if (!File.Exists(StatusPath))
        {
            return null;
        }

        foreach (var line in File.ReadLines(StatusPath))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // The line reads like "VmHWM:     123456 kB".
                var number = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(number, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
