namespace LocalInsights.Bench.Streaming;

/// <summary>Settings of one streaming run.</summary>
/// <param name="Rows">Rows of the generated connection log.</param>
/// <param name="Users">Distinct people the rows are drawn from.</param>
/// <param name="Seed">Seed of the generator: the same seed, rows and users give the same file.</param>
/// <param name="WorkDirectory">
/// Folder for the generated log and the store, kept after the run. Null uses a new temporary folder, deleted after.
/// </param>
/// <param name="DirectoryFolder">Folder of <c>fr-en-annuaire-education.csv</c> and the enrolment files.</param>
internal sealed record StreamingOptions(
    long Rows, int Users, long Seed, DirectoryInfo? WorkDirectory, DirectoryInfo DirectoryFolder)
{
    public const int DefaultUsers = 20_000;

    public const long DefaultSeed = 1;

    /// <summary>The directory files copied next to the benchmark when it is built.</summary>
    public static DirectoryInfo DefaultDirectoryFolder => new(Path.Combine(AppContext.BaseDirectory, "directory"));
}
