namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// Serial numbers that firmware or inventory tools write when the real one is unknown, such as
/// <c>To be filled by O.E.M.</c>: many computers share them, so they identify none.
/// </summary>
internal static class PlaceholderSerials
{
    private static readonly string[] Known =
    [
        "To be filled by O.E.M.", "Default string", "System Serial Number", "Chassis Serial Number",
        "Not Specified", "Not Applicable", "None", "N/A", "NA", "Invalid", "Unknown", "SerialNumber",
        "0123456789", "123456789",
    ];

    /// <summary>
    /// Returns true for a known placeholder (ignoring case and surrounding spaces) and for a value of one character
    /// repeated, such as <c>00000000</c>.
    /// </summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> serial)
    {
        var trimmed = serial.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        foreach (var known in Known)
        {
            if (trimmed.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return !trimmed[1..].ContainsAnyExcept(trimmed[0]);
    }
}
