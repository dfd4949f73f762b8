using System.Globalization;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Names and locations école staff give computers in GLPI. Names repeat from one école to the next, so only the
/// serial number identifies a computer across the inventory.
/// </summary>
internal sealed class SchoolComputerNames
{
    private static readonly string[] Classrooms = ["CP", "CE1", "CE2", "CM1", "CM2"];

    private readonly SeededRandom _random;
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public SchoolComputerNames(SeededRandom random) => _random = random;

    public void StartSchool() => _counters.Clear();

    public (string Name, string Location) Next(DeviceKind kind)
    {
        switch (kind)
        {
            case DeviceKind.Desktop when !_counters.ContainsKey("PC-DIRECTION"):
                return (Numbered("PC-DIRECTION"), "Direction");
            case DeviceKind.Desktop:
                return _random.Chance(0.5)
                    ? (Numbered("PC-BCD"), "BCD")
                    : (Numbered("PC-CLASSE"), $"Bâtiment A > Classe {_random.Pick(Classrooms)}");
            case DeviceKind.Laptop:
                return _random.Chance(0.75)
                    ? (Numbered("PORTABLE-ÉLÈVE"), "Classe mobile")
                    : (Numbered("PORTABLE-ENS"), $"Classe {_random.Pick(Classrooms)}");
            default:
                return (Numbered("TABLETTE"), "Classe mobile");
        }
    }

    private string Numbered(string prefix)
    {
        var number = _counters[prefix] = _counters.GetValueOrDefault(prefix) + 1;
        return $"{prefix}-{number.ToString("D2", CultureInfo.InvariantCulture)}";
    }
}
