namespace LocalInsights.Testing;

/// <summary>Locates the repository root, the nearest folder above the test binaries with the solution.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "LocalInsights.sln";

    /// <summary>Returns the full path of the repository root.</summary>
    /// <exception cref="InvalidOperationException">No folder above the test binaries contains the solution.</exception>
    public static string Find() => Find(AppContext.BaseDirectory);

    /// <summary>Returns the nearest folder at or above <paramref name="start"/> that contains the solution.</summary>
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder at or above '{start}' contains {SolutionFileName}. Run the tests from inside the repository.");
    }
}
