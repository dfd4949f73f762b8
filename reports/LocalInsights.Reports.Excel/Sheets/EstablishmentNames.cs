using LocalInsights.Core.Aggregation;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Establishment names by UAI, shown beside the UAI on sheets whose facts carry only the code.</summary>
internal sealed class EstablishmentNames
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    public EstablishmentNames(IEnumerable<EstablishmentFact> establishments)
    {
        foreach (var establishment in establishments)
        {
            names.TryAdd(establishment.Uai, establishment.Name);
        }
    }

    /// <summary>Returns the name of <paramref name="uai"/>, or null when the code is unknown or null.</summary>
    public string? Find(string? uai) => uai is not null && names.TryGetValue(uai, out var name) ? name : null;
}
