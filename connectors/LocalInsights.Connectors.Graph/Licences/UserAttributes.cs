using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Store;

namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>Reads a configured user property, such as <c>department</c> or
/// <c>onPremisesExtensionAttributes/extensionAttribute1</c>, from a user of the SDK.</summary>
internal static class UserAttributes
{
    /// <summary>Returns the top-level property to request with <c>$select</c>.</summary>
    public static string SelectName(string attribute) => attribute.Split('/')[0];

    public static string? Read(User user, string attribute)
    {
        var parts = attribute.Split('/');
        object? value = Get(user, parts[0]);
        if (parts.Length > 1)
        {
            value = value is IBackedModel nested ? nested.BackingStore.Get<object?>(parts[1]) : null;
        }

        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static object? Get(User user, string name) =>
        user.BackingStore.Get<object?>(name)
        ?? (user.AdditionalData.TryGetValue(name, out var additional) ? additional : null);
}
