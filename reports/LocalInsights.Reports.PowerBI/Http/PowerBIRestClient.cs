using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LocalInsights.Reports.PowerBI.Json;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>
/// Typed client of the Power BI REST API operations the publisher uses, all in one workspace
/// (<c>/v1.0/myorg/groups/{groupId}</c>). Every method throws <see cref="PowerBIRequestException"/> when the
/// service returns an error status or no response arrives.
/// </summary>
internal sealed class PowerBIRestClient(IPowerBITransport transport, Guid workspaceId)
{
    /// <summary>Number of refresh history entries read before a refresh, to count the last 24 hours.</summary>
    public const int QuotaHistoryEntries = 60;

    private readonly string workspacePath =
        string.Create(CultureInfo.InvariantCulture, $"/v1.0/myorg/groups/{workspaceId:D}");

    public Guid WorkspaceId => workspaceId;

    /// <summary>
    /// Returns the dataset with id <paramref name="datasetId"/>, or null when the service returns 404.
    /// </summary>
    public async Task<DatasetDto?> GetDatasetAsync(string datasetId, CancellationToken cancellationToken)
    {
        var request = Request(PowerBIOperations.GetDataset, HttpMethod.Get, DatasetPath(datasetId));
        try
        {
            return await SendAsync(request, PowerBIJsonContext.Default.DatasetDto, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (PowerBIRequestException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<DatasetDto>> ListDatasetsAsync(CancellationToken cancellationToken)
    {
        var request = Request(PowerBIOperations.GetDatasets, HttpMethod.Get, $"{workspacePath}/datasets");
        var list = await SendAsync(request, PowerBIJsonContext.Default.ODataListDatasetDto, cancellationToken)
            .ConfigureAwait(false);
        return list.Value;
    }

    /// <summary>
    /// Creates a push dataset with retention policy None, so rows stay until the publisher deletes them.
    /// </summary>
    public Task<DatasetDto> CreatePushDatasetAsync(CreateDatasetDto dataset, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(dataset, PowerBIJsonContext.Default.CreateDatasetDto);
        var request = Request(PowerBIOperations.PostDataset, HttpMethod.Post, $"{workspacePath}/datasets", body)
            with { Query = [new("defaultRetentionPolicy", "None")] };
        return SendAsync(request, PowerBIJsonContext.Default.DatasetDto, cancellationToken);
    }

    public async Task<IReadOnlyList<TableDto>> GetTablesAsync(string datasetId, CancellationToken cancellationToken)
    {
        var request = Request(PowerBIOperations.GetTables, HttpMethod.Get, $"{DatasetPath(datasetId)}/tables");
        var list = await SendAsync(request, PowerBIJsonContext.Default.ODataListTableDto, cancellationToken)
            .ConfigureAwait(false);
        return list.Value;
    }

    /// <summary>Replaces the schema of an existing table; the API cannot add a table to an existing dataset.</summary>
    public Task PutTableAsync(string datasetId, TableDto table, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(table, PowerBIJsonContext.Default.TableDto);
        var request = Request(PowerBIOperations.PutTable, HttpMethod.Put, TablePath(datasetId, table.Name), body)
            with { Table = table.Name };
        return SendAsync(request, cancellationToken);
    }

    public Task DeleteRowsAsync(string datasetId, string table, CancellationToken cancellationToken)
    {
        var request = Request(PowerBIOperations.DeleteRows, HttpMethod.Delete, $"{TablePath(datasetId, table)}/rows")
            with { Table = table };
        return SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Adds the rows of <paramref name="body"/>, a <c>{"rows":[…]}</c> document of <paramref name="rows"/> rows.
    /// </summary>
    public Task PostRowsAsync(
        string datasetId, string table, byte[] body, int rows, CancellationToken cancellationToken)
    {
        var request = Request(PowerBIOperations.PostRows, HttpMethod.Post, $"{TablePath(datasetId, table)}/rows", body)
            with { Table = table, Rows = rows };
        return SendAsync(request, cancellationToken);
    }

    /// <summary>Starts a standard refresh and returns the service's request id of the POST, if it sent one.</summary>
    public async Task<string?> RefreshAsync(string datasetId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new RefreshRequestDto(),
            PowerBIJsonContext.Default.RefreshRequestDto);
        var request = Request(PowerBIOperations.RefreshDataset, HttpMethod.Post,
            $"{DatasetPath(datasetId)}/refreshes", body);
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.IsSuccess ? response.RequestId : throw PowerBIRequestException.FromResponse(request, response);
    }

    /// <summary>Returns the newest <paramref name="top"/> entries of the refresh history, newest first.</summary>
    public async Task<IReadOnlyList<RefreshDto>> GetRefreshHistoryAsync(
        string datasetId, int top, CancellationToken cancellationToken)
    {
        var request = Request(PowerBIOperations.GetRefreshHistory, HttpMethod.Get,
                $"{DatasetPath(datasetId)}/refreshes")
            with { Query = [new("$top", top.ToString(CultureInfo.InvariantCulture))] };
        var list = await SendAsync(request, PowerBIJsonContext.Default.ODataListRefreshDto, cancellationToken)
            .ConfigureAwait(false);
        return list.Value;
    }

    private string DatasetPath(string datasetId) => $"{workspacePath}/datasets/{Uri.EscapeDataString(datasetId)}";

    private string TablePath(string datasetId, string table) =>
        $"{DatasetPath(datasetId)}/tables/{Uri.EscapeDataString(table)}";

    private static PowerBIRequest Request(string operation, HttpMethod method, string path, byte[]? body = null) =>
        new(operation, method, path, [], body);

    private async Task SendAsync(PowerBIRequest request, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw PowerBIRequestException.FromResponse(request, response);
        }
    }

    private async Task<T> SendAsync<T>(
        PowerBIRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw PowerBIRequestException.FromResponse(request, response);
        }

        try
        {
            return JsonSerializer.Deserialize(response.Body, typeInfo)
                ?? throw new JsonException("The body is the JSON literal null.");
        }
        catch (JsonException exception)
        {
            var failure = new PowerBIFailure(request.OperationId, request.ToString(), (int)response.StatusCode,
                response.RequestId, null, $"the response body is not the expected JSON: {exception.Message}");
            throw new PowerBIRequestException(failure, null, exception);
        }
    }
}
