namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>
/// Operation ids, as the Power BI REST API description (swagger) names them, of every request the client sends.
/// </summary>
internal static class PowerBIOperations
{
    public const string GetDatasets = "Datasets_GetDatasetsInGroup";
    public const string GetDataset = "Datasets_GetDatasetInGroup";
    public const string PostDataset = "Datasets_PostDatasetInGroup";
    public const string GetTables = "Datasets_GetTablesInGroup";
    public const string PutTable = "Datasets_PutTableInGroup";
    public const string DeleteRows = "Datasets_DeleteRowsInGroup";
    public const string PostRows = "Datasets_PostRowsInGroup";
    public const string RefreshDataset = "Datasets_RefreshDatasetInGroup";
    public const string GetRefreshHistory = "Datasets_GetRefreshHistoryInGroup";

    public static IReadOnlyList<string> All { get; } =
    [
        GetDatasets, GetDataset, PostDataset, GetTables, PutTable, DeleteRows, PostRows, RefreshDataset,
        GetRefreshHistory,
    ];
}
