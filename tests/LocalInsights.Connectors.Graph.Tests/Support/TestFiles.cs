namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>Files under the test output's <c>TestData</c> folder.</summary>
public static class TestFiles
{
    public static string Path(string relativePath) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path(relativePath));
}
