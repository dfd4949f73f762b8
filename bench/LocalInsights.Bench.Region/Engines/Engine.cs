namespace LocalInsights.Bench.Region.Engines;

/// <summary>The two ways the benchmark computes the facts, named as their commands.</summary>
internal enum Engine
{
    LocalInsights,
    DuckDb,
}

internal static class EngineNames
{
    public static string CommandOf(Engine engine) => engine switch
    {
        Engine.LocalInsights => "localinsights",
        Engine.DuckDb => "duckdb",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown engine."),
    };

    /// <summary>Returns the path of the facts file <paramref name="engine"/> writes in the data folder.</summary>
    public static string FactsPath(DirectoryInfo data, Engine engine) =>
        Path.Combine(data.FullName, $"facts-{CommandOf(engine)}.csv");
}
