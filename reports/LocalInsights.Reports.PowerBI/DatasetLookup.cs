using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Json;

namespace LocalInsights.Reports.PowerBI;

/// <summary>
/// Finds the configured dataset by id, or by exact name. It never picks "the first dataset of the workspace":
/// two datasets with the name are an error that requests the id.
/// </summary>
internal static class DatasetLookup
{
    /// <summary>Returns the dataset, or null when no dataset has the name; an unknown id is an error.</summary>
    /// <exception cref="PowerBIPublishException">The id is not found, or several datasets have the name.</exception>
    public static async Task<DatasetDto?> FindAsync(
        PowerBIRestClient client, string? datasetId, string name, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(datasetId))
        {
            return await client.GetDatasetAsync(datasetId, cancellationToken).ConfigureAwait(false)
                ?? throw new PowerBIPublishException($"Dataset {datasetId} was not found in workspace "
                    + $"{client.WorkspaceId}: check PowerBI:DatasetId, and that the service principal is a member "
                    + "of the workspace.");
        }

        var datasets = await client.ListDatasetsAsync(cancellationToken).ConfigureAwait(false);
        var matches = datasets.Where(dataset => string.Equals(dataset.Name, name, StringComparison.Ordinal)).ToList();
        if (matches.Count > 1)
        {
            throw new PowerBIPublishException($"{matches.Count} datasets are named '{name}' in workspace "
                + $"{client.WorkspaceId} ({string.Join(", ", matches.Select(dataset => dataset.Id))}): set "
                + "PowerBI:DatasetId to the one to use.");
        }

        return matches.SingleOrDefault();
    }
}
