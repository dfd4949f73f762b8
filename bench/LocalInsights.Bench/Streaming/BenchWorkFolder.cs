namespace LocalInsights.Bench.Streaming;

/// <summary>
/// Folder of one run: the generated input under <c>input/</c> and the object store under <c>store/</c>. A folder
/// the benchmark created itself is deleted on dispose, but a folder the user named is kept.
/// </summary>
internal sealed class BenchWorkFolder : IDisposable
{
    private readonly bool _temporary;

    private BenchWorkFolder(string root, bool temporary)
    {
        Root = root;
        _temporary = temporary;
        Directory.CreateDirectory(InputFolder);
    }

    public string Root { get; }

    public string InputFolder => Path.Combine(Root, "input");

    public string StoreFolder => Path.Combine(Root, "store");

    public static BenchWorkFolder Create(DirectoryInfo? requested)
    {
        if (requested is not null)
        {
            return new BenchWorkFolder(requested.FullName, temporary: false);
        }

        var root = Path.Combine(Path.GetTempPath(), "localinsights-bench-" + Guid.NewGuid().ToString("N")[..12]);
        return new BenchWorkFolder(root, temporary: true);
    }

    public void Dispose()
    {
        if (_temporary && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
