using System.Globalization;

namespace LocalInsights.Reports.Tests;

/// <summary>Sets the current culture to fr-FR for one test and restores the previous one on dispose.</summary>
internal sealed class FrenchCulture : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    private FrenchCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
    }

    public static FrenchCulture Use() => new();

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
