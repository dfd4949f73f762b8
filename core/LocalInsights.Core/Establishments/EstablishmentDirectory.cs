using LocalInsights.Core.Model;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// The establishments of an environment, from the official directory, keyed by UAI.
/// </summary>
public sealed class EstablishmentDirectory
{
    private readonly Dictionary<string, Establishment> _byUai;

    public EstablishmentDirectory(IEnumerable<Establishment> establishments)
    {
        _byUai = new Dictionary<string, Establishment>(StringComparer.Ordinal);
        foreach (var establishment in establishments)
        {
            _byUai[establishment.Uai.Value] = establishment;
        }
    }

    public static EstablishmentDirectory Empty { get; } = new([]);

    public int Count => _byUai.Count;

    public IEnumerable<Establishment> All => _byUai.Values.OrderBy(item => item.Uai);

    public bool TryGet(string uai, out Establishment establishment) =>
        _byUai.TryGetValue(uai, out establishment!);

    public bool Contains(string uai) => _byUai.ContainsKey(uai);
}
