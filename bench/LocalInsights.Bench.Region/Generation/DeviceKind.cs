namespace LocalInsights.Bench.Region.Generation;

/// <summary>
/// A device model of the generated fleet: the export's manufacturer, model, OS and OS version, and its share of
/// the devices. An empty model stands for the rows where Intune has none.
/// </summary>
internal sealed record DeviceKind(string Manufacturer, string Model, string OperatingSystem, string OsVersion,
    double Share)
{
    /// <summary>An assumed mix of school devices: mostly Windows laptops, then iPads and Chromebooks.</summary>
    public static readonly DeviceKind[] Fleet =
    [
        new("HP", "HP ProBook 440 G9", "Windows", "10.0.26100.6899", 0.30),
        new("LENOVO", "ThinkPad L13 Gen 4", "Windows", "10.0.26200.7171", 0.22),
        new("Dell Inc.", "Latitude 3440", "Windows", "10.0.22631.4460", 0.12),
        new("Apple", "iPad (9th generation)", "iOS/iPadOS", "26.1", 0.18),
        new("Apple", "iPad (10th generation)", "iOS/iPadOS", "26.1", 0.08),
        new("Acer", "Chromebook Spin 511", "ChromeOS", "142.0.7444.1", 0.09),
        new("", "", "Windows", "10.0.19045.6456", 0.01),
    ];

    public static DeviceKind Pick(double draw)
    {
        foreach (var kind in Fleet)
        {
            if (draw < kind.Share)
            {
                return kind;
            }

            draw -= kind.Share;
        }

        return Fleet[0];
    }
}
