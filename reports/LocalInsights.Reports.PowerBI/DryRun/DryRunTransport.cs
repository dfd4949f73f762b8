using LocalInsights.Reports.PowerBI.Http;

namespace LocalInsights.Reports.PowerBI.DryRun;

/// <summary>
/// Writes each request to a numbered file in a folder instead of sending it, and returns the response of
/// <see cref="DryRunResponder"/>. Request files of an earlier dry run in the folder are deleted first.
/// </summary>
internal sealed class DryRunTransport : IPowerBITransport, IDisposable
{
    // File system patterns have no character classes, so the four leading digits are checked apart.
    private const string RequestFilePattern = "????-*.json";

    private readonly string folder;
    private readonly Uri apiBaseUri;
    private readonly DryRunResponder responder;
    private readonly SemaphoreSlim gate = new(1, 1);
    private int count;

    public DryRunTransport(string folder, Uri apiBaseUri, DryRunResponder responder)
    {
        this.folder = folder;
        this.apiBaseUri = apiBaseUri;
        this.responder = responder;
        Directory.CreateDirectory(folder);
        var earlier = Directory.EnumerateFiles(folder, RequestFilePattern)
            .Where(file => Path.GetFileName(file)[..4].All(char.IsAsciiDigit))
            .ToList();
        foreach (var file in earlier)
        {
            File.Delete(file);
        }
    }

    public int Count => count;

    public void Dispose() => gate.Dispose();

    public async Task<PowerBIResponse> SendAsync(PowerBIRequest request, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            count++;
            var path = Path.Combine(folder, RequestFileWriter.FileNameOf(count, request));
            await RequestFileWriter.WriteAsync(path, request, apiBaseUri, cancellationToken).ConfigureAwait(false);
            return responder.Respond(request);
        }
        finally
        {
            gate.Release();
        }
    }
}
