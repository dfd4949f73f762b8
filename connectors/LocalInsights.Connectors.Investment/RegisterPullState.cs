using LocalInsights.Connectors.Investment.Parsing;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// What the files of one pull share: the category map, the references seen and the raw file names used.
/// </summary>
internal sealed class RegisterPullState(CategoryResolver categories)
{
    private readonly HashSet<string> _rawNames = new(StringComparer.OrdinalIgnoreCase);

    public CategoryResolver Categories { get; } = categories;

    public ReferenceRegistry References { get; } = new();

    /// <summary>Returns the name a file is stored under in the raw layer, unique within the pull.</summary>
    public string RawName(string path)
    {
        var name = Path.GetFileName(path);
        for (var attempt = 2; !_rawNames.Add(name); attempt++)
        {
            name = $"{attempt}-{Path.GetFileName(path)}";
        }

        return name;
    }
}
