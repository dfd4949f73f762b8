namespace LocalInsights.DemoGenerator.Devices;

/// <summary>Invents serial numbers in each manufacturer's style, never the same one twice.</summary>
internal sealed class SerialNumberFactory
{
    private readonly SeededRandom _random;
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public SerialNumberFactory(SeededRandom random) => _random = random;

    public string Next(SerialStyle style)
    {
        string serial;
        do
        {
            serial = style.Prefix + _random.NextAlphanumeric(style.RandomLength);
        }
        while (!_issued.Add(serial));

        return serial;
    }
}
