using LocalInsights.Connectors.Investment.Parsing;

namespace LocalInsights.Connectors.Investment;

/// <summary>What the files of one pull share: the category map and the references seen.</summary>
internal sealed class RegisterPullState(CategoryResolver categories)
{
    public CategoryResolver Categories { get; } = categories;

    public ReferenceRegistry References { get; } = new();
}
