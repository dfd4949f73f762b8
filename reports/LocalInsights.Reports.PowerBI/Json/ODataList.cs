namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>The OData list wrapper of Power BI responses: <c>{"value":[…]}</c>.</summary>
internal sealed class ODataList<T>
{
    public List<T> Value { get; set; } = [];
}
