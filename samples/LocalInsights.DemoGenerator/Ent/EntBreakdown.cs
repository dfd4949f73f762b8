namespace LocalInsights.DemoGenerator.Ent;

/// <summary>
/// Splits a profile's month into accesses per application and connections per device type. The connections
/// per device type add up exactly to the profile's connections in the accounts export.
/// </summary>
internal sealed class EntBreakdown
{
    private static readonly Dictionary<string, (string Name, double PerConnection)[]> Applications = new()
    {
        [EntFiguresModel.Student] =
        [
            ("Pronote", 1.6), ("Cahier de textes", 0.8), ("Messagerie", 0.5), ("Espace documentaire", 0.35),
            ("Mediacentre", 0.2), ("Blog", 0.1),
        ],
        [EntFiguresModel.Teacher] =
        [
            ("Pronote", 1.4), ("Cahier de textes", 1.2), ("Messagerie", 0.9), ("Espace documentaire", 0.6),
            ("Mediacentre", 0.3),
        ],
        [EntFiguresModel.Staff] = [("Messagerie", 1.2), ("Pronote", 0.5), ("Espace documentaire", 0.4)],
        [EntFiguresModel.Parent] = [("Pronote", 1.5), ("Messagerie", 0.3), ("Actualités", 0.2)],
        [EntFiguresModel.Guest] = [("Espace documentaire", 1.0)],
    };

    private static readonly Dictionary<string, double[]> SupportShares = new()
    {
        [EntFiguresModel.Student] = [0.45, 0.30, 0.10, 0.15],
        [EntFiguresModel.Teacher] = [0.75, 0.12, 0.05, 0.08],
        [EntFiguresModel.Staff] = [0.85, 0.08, 0.02, 0.05],
        [EntFiguresModel.Parent] = [0.15, 0.55, 0.05, 0.25],
        [EntFiguresModel.Guest] = [0.90, 0.05, 0.0, 0.05],
    };

    /// <summary>Device types as the statistics module names them.</summary>
    private static readonly string[] SupportNames = ["desktop", "mobile_app", "tablet", "smartphone"];

    private readonly SeededRandom _random;

    public EntBreakdown(SeededRandom random) => _random = random;

    public IEnumerable<(string Application, long Accesses)> Accesses(ProfileFigures figures)
    {
        foreach (var (name, perConnection) in Applications[figures.Profile])
        {
            var accesses = (long)Math.Round(figures.Connections * perConnection * _random.NextDouble(0.8, 1.2));
            if (accesses > 0)
            {
                yield return (name, accesses);
            }
        }
    }

    public IEnumerable<(string Support, long Connections)> Supports(ProfileFigures figures)
    {
        var weights = SupportShares[figures.Profile].Select(share => share * _random.NextDouble(0.8, 1.2)).ToList();
        var split = Apportionment.Split((int)figures.Connections, weights);
        for (var i = 0; i < SupportNames.Length; i++)
        {
            if (split[i] > 0)
            {
                yield return (SupportNames[i], split[i]);
            }
        }
    }
}
