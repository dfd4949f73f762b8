using System.Text;
using System.Text.Json;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Tests.Swagger;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>The request checker of the fake service, itself checked against Microsoft's own examples.</summary>
public sealed class SwaggerContractTests
{
    private const string Group = "/v1.0/myorg/groups/f089354e-8366-4e18-aea3-4cb4a3a50b48";

    public static TheoryData<string> ClientOperations => [.. PowerBIOperations.All];

    [Theory]
    [MemberData(nameof(ClientOperations))]
    public void ClientOperation_IsInApiDescription(string operationId)
    {
        var operation = SwaggerContract.Shared.Operation(operationId);

        Assert.StartsWith("/v1.0/myorg/groups/{groupId}/datasets", operation.Template, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("post-dataset-in-group.request.swagger-example.json", "POST", "/datasets")]
    [InlineData("post-rows.request.swagger-example.json", "POST",
        "/datasets/cfafbeb1-8037-4d0c-896e-a46fb27ff229/tables/Product/rows")]
    public void MicrosoftExample_IsAccepted(string file, string method, string path)
    {
        var errors = Validate(method, Group + path, File.ReadAllBytes(TestFiles.PathOf("powerbi-formats", file)));

        Assert.Empty(errors);
    }

    [Fact]
    public void UnknownBodyProperty_IsRejected()
    {
        var errors = Validate("POST", Group + "/datasets",
            """{"name":"x","tables":[],"compatibilityLevel":1550}""");

        Assert.Contains(errors, error => error.Contains("body.compatibilityLevel is not a property",
            StringComparison.Ordinal));
    }

    [Fact]
    public void TableNameWithParentheses_IsRejected()
    {
        var body = File.ReadAllBytes(TestFiles.PathOf("powerbi-push-dataset-limits-and-types",
            "create-dataset.request.json"));

        var errors = Validate("POST", Group + "/datasets", body);

        Assert.Contains(errors, error => error.Contains("'Usage M365 (élèves)' does not match the pattern",
            StringComparison.Ordinal));
    }

    [Fact]
    public void MissingRequiredProperty_IsRejected()
    {
        var errors = Validate("POST", Group + "/datasets", """{"name":"x","tables":[{"name":"t"}]}""");

        Assert.Contains(errors, error => error.Contains("body.tables[0].columns is required",
            StringComparison.Ordinal));
    }

    [Fact]
    public void WrongEnum_IsRejected()
    {
        var errors = Validate("POST", Group + "/datasets/cfafbeb1-8037-4d0c-896e-a46fb27ff229/refreshes",
            """{"notifyOption":"MailAlways"}""");

        Assert.Contains(errors, error => error.Contains("'MailAlways' is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void UndeclaredQueryParameter_IsRejected()
    {
        var match = SwaggerContract.Shared.Match("GET", Group + "/datasets")!;

        var errors = SwaggerContract.Shared.Validate(match, [new("$top", "5")], null, []);

        Assert.Contains(errors, error => error.Contains("query parameter $top is not in the API description",
            StringComparison.Ordinal));
    }

    [Fact]
    public void WorkspaceIdNotUuid_IsRejected()
    {
        var match = SwaggerContract.Shared.Match("GET", "/v1.0/myorg/groups/workspace/datasets")!;

        var errors = SwaggerContract.Shared.Validate(match, [], null, []);

        Assert.Contains(errors, error => error.Contains("'workspace' is not a uuid", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPath_HasNoOperation()
    {
        Assert.Null(SwaggerContract.Shared.Match("POST", Group + "/datasets/x/tables"));
    }

    private static IReadOnlyList<string> Validate(string method, string path, string body) =>
        Validate(method, path, Encoding.UTF8.GetBytes(body));

    private static IReadOnlyList<string> Validate(string method, string path, byte[] body)
    {
        var match = SwaggerContract.Shared.Match(method, path);
        Assert.NotNull(match);
        JsonDocument.Parse(body).Dispose();
        return SwaggerContract.Shared.Validate(match, [], "application/json; charset=utf-8", body);
    }
}
