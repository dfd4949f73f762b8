using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>
/// Translates the category labels of a register with the configured map, matching labels ignoring case and
/// accents. The category names themselves (Device, Licence, ...) are accepted too.
/// </summary>
internal sealed class CategoryResolver
{
    private readonly Dictionary<string, InvestmentCategory> _byLabel = new(StringComparer.Ordinal);

    public CategoryResolver(InvestmentRegisterOptions options)
    {
        foreach (var category in Enum.GetValues<InvestmentCategory>())
        {
            _byLabel[TextFolding.Fold(category.ToString())] = category;
        }

        foreach (var (label, category) in options.CategoryMap)
        {
            _byLabel[TextFolding.Fold(label)] = category;
        }

        DefaultCategory = options.DefaultCategory;
        Labels = options.CategoryMap.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Category of lines whose register gives none.</summary>
    public InvestmentCategory DefaultCategory { get; }

    /// <summary>The configured labels, to list in messages.</summary>
    public IReadOnlyList<string> Labels { get; }

    public bool TryResolve(string label, out InvestmentCategory category) =>
        _byLabel.TryGetValue(TextFolding.Fold(label), out category);
}
