namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Paths of the files under TestData, copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string PathOf(string folder, string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", folder, fileName);
}
