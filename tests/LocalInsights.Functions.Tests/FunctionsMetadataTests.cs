using System.Reflection;
using System.Text.Json.Nodes;
using LocalInsights.Functions.Triggers;
using LocalInsights.Hosting;

namespace LocalInsights.Functions.Tests;

/// <summary>
/// Reads the <c>functions.metadata</c> and <c>host.json</c> that the build of the Functions app writes, which the
/// Functions host reads to create the triggers, and checks every trigger and binding.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string OutputDirectory = typeof(FunctionsMetadataTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "FunctionsOutputDirectory").Value!;

    [Fact]
    public void Metadata_ListsEveryFunction()
    {
        var names = Functions().Select(function => function["name"]!.GetValue<string>()).Order().ToList();

        Assert.Equal(
            ["GetFreshness", "ListRuns", "ListSchedules", "RunAggregation", "RunPull", "Scheduler", "StartRun"],
            names);
    }

    [Fact]
    public void Metadata_EntryPointsExistInAssembly()
    {
        var methods = FunctionsHostTests.FunctionClasses()
            .SelectMany(type => type.GetMethods().Select(method => $"{type.FullName}.{method.Name}"))
            .ToHashSet();

        foreach (var function in Functions())
        {
            Assert.Contains(function["entryPoint"]!.GetValue<string>(), methods);
            Assert.Equal("LocalInsights.Functions.dll", function["scriptFile"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Scheduler_IsTimerEveryFiveMinutes()
    {
        var trigger = Trigger("Scheduler");

        Assert.Equal("timerTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal(SchedulerFunction.TimerSchedule, trigger["schedule"]!.GetValue<string>());
        Assert.Equal("0 */5 * * * *", trigger["schedule"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("RunPull", "localinsights-pulls")]
    [InlineData("RunAggregation", "localinsights-aggregations")]
    public void QueueFunctions_ListenToTheirQueue(string function, string queue)
    {
        var trigger = Trigger(function);

        Assert.Equal("queueTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal(queue, trigger["queueName"]!.GetValue<string>());
        Assert.Equal("String", trigger["dataType"]!.GetValue<string>());

        // No Connection property: the trigger uses AzureWebJobsStorage, the default of LocalInsights:Jobs.
        Assert.Null(trigger["connection"]);
    }

    [Theory]
    [InlineData("ListSchedules", "get", "schedules")]
    [InlineData("StartRun", "post", "environments/{environment}/runs")]
    [InlineData("ListRuns", "get", "environments/{environment}/runs")]
    [InlineData("GetFreshness", "get", "environments/{environment}/freshness")]
    public void HttpFunctions_NeedFunctionKey(string function, string method, string route)
    {
        var trigger = Trigger(function);
        var output = Bindings(function).Single(binding => binding["direction"]!.GetValue<string>() == "Out");

        Assert.Equal("httpTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal("Function", trigger["authLevel"]!.GetValue<string>());
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(item => item!.GetValue<string>()));
        Assert.Equal(route, trigger["route"]!.GetValue<string>());
        Assert.Equal("http", output["type"]!.GetValue<string>());
    }

    [Fact]
    public void HostJson_QueueRetriesMatchDocs()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(OutputDirectory, "host.json")))!;
        var queues = host["extensions"]!["queues"]!;

        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        Assert.Equal(5, queues["maxDequeueCount"]!.GetValue<int>());
        Assert.Equal("00:05:00", queues["visibilityTimeout"]!.GetValue<string>());
        Assert.Equal("base64", queues["messageEncoding"]!.GetValue<string>());
        Assert.Equal("api", host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
    }

    [Fact]
    public void HostJson_TimeoutIsBelowStaleLease()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(OutputDirectory, "host.json")))!;
        var timeout = TimeSpan.Parse(host["functionTimeout"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(timeout < new JobsOptions().StaleLeaseTimeout,
            $"functionTimeout {timeout} must be below the default stale-lease timeout.");
    }

    [Fact]
    public void RepositoryHostJson_IsTheOneBuilt()
    {
        var root = LocalInsights.Testing.RepositoryRoot.Find();

        Assert.Equal(File.ReadAllText(Path.Combine(root, "host.json")),
            File.ReadAllText(Path.Combine(OutputDirectory, "host.json")));
    }

    private static List<JsonNode> Functions()
    {
        var path = Path.Combine(OutputDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/LocalInsights.Functions first.");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(node => node!).ToList();
    }

    private static List<JsonNode> Bindings(string function) =>
        Functions().Single(node => node["name"]!.GetValue<string>() == function)["bindings"]!.AsArray()
            .Select(node => node!).ToList();

    private static JsonNode Trigger(string function) =>
        Bindings(function).Single(binding => binding["type"]!.GetValue<string>().EndsWith("Trigger",
            StringComparison.Ordinal));
}
