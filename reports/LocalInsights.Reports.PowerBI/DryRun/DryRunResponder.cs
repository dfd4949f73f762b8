using System.Net;
using System.Text.Json;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Json;

namespace LocalInsights.Reports.PowerBI.DryRun;

/// <summary>
/// Responses of a dry run, as a workspace would return them where the push dataset does not exist yet and the
/// import dataset has no refresh history. The dry run then writes every request of a first publication.
/// </summary>
internal sealed class DryRunResponder(string? importDatasetName, IReadOnlyList<TableDto> pushTables)
{
    /// <summary>Stands for the workspace id in the paths of dry-run requests.</summary>
    public static readonly Guid PlaceholderWorkspaceId = Guid.Empty;

    /// <summary>Stands for the dataset id the service would assign.</summary>
    public const string PlaceholderDatasetId = "00000000-0000-0000-0000-000000000001";

    private const string PlaceholderRequestId = "00000000-0000-0000-0000-000000000002";

    private bool refreshStarted;

    public PowerBIResponse Respond(PowerBIRequest request) => request.OperationId switch
    {
        PowerBIOperations.GetDatasets => Json(new ODataList<DatasetDto> { Value = ImportDatasets() },
            PowerBIJsonContext.Default.ODataListDatasetDto),
        PowerBIOperations.GetDataset => Json(Dataset(request.Path[(request.Path.LastIndexOf('/') + 1)..]),
            PowerBIJsonContext.Default.DatasetDto),
        PowerBIOperations.PostDataset => Json(Dataset(PlaceholderDatasetId), PowerBIJsonContext.Default.DatasetDto,
            HttpStatusCode.Created),
        PowerBIOperations.GetTables => Json(new ODataList<TableDto> { Value = pushTables.ToList() },
            PowerBIJsonContext.Default.ODataListTableDto),
        PowerBIOperations.GetRefreshHistory => Json(new ODataList<RefreshDto> { Value = History() },
            PowerBIJsonContext.Default.ODataListRefreshDto),
        PowerBIOperations.RefreshDataset => Started(),
        _ => new PowerBIResponse(HttpStatusCode.OK, PlaceholderRequestId, null, []),
    };

    private List<DatasetDto> ImportDatasets() =>
        importDatasetName is null ? [] : [new DatasetDto { Id = PlaceholderDatasetId, Name = importDatasetName }];

    private DatasetDto Dataset(string id) => new()
    {
        Id = id, Name = importDatasetName ?? "dry run", AddRowsAPIEnabled = importDatasetName is null,
    };

    private List<RefreshDto> History() => refreshStarted
        ? [new RefreshDto { RefreshType = "ViaApi", Status = "Completed", RequestId = PlaceholderRequestId }]
        : [];

    private PowerBIResponse Started()
    {
        refreshStarted = true;
        return new PowerBIResponse(HttpStatusCode.Accepted, PlaceholderRequestId, null, []);
    }

    private static PowerBIResponse Json<T>(
        T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
        HttpStatusCode status = HttpStatusCode.OK) =>
        new(status, PlaceholderRequestId, null, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
}
