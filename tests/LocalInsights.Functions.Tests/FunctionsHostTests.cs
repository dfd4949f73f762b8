using System.Reflection;
using LocalInsights.Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Functions.Tests;

/// <summary>Builds the worker host as production does and checks its services and settings at start.</summary>
public sealed class FunctionsHostTests
{
    private const string UnusedConnection = "UseDevelopmentStorage=true";

    [Fact]
    public void Host_CreatesEveryFunctionClass()
    {
        using var host = FunctionsHarness.Build(TestSettings.Create(UnusedConnection, "host"), new FakeTimeProvider(),
            new ConnectorGate());
        var functionClasses = FunctionClasses();

        Assert.NotEmpty(functionClasses);
        foreach (var type in functionClasses)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type));
        }
    }

    [Fact]
    public void Host_ValidSettings_PassStartValidation()
    {
        using var host = FunctionsHarness.Build(TestSettings.Create(UnusedConnection, "host"), new FakeTimeProvider(),
            new ConnectorGate());

        var exception = Record.Exception(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(exception);
    }

    [Fact]
    public void JobsSettings_Invalid_FailStartWithKeys()
    {
        var settings = TestSettings.Create(UnusedConnection, "host");
        settings["LocalInsights:Jobs:MaxAttempts"] = "0";
        settings["LocalInsights:Jobs:TableName"] = "runs-table";
        settings["LocalInsights:Jobs:SchedulerLookBack"] = "00:01:00";
        using var host = FunctionsHarness.Build(settings, new FakeTimeProvider(), new ConnectorGate());

        var exception = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("LocalInsights:Jobs:MaxAttempts is 0", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LocalInsights:Jobs:TableName 'runs-table' is invalid", exception.Message,
            StringComparison.Ordinal);
        Assert.Contains("LocalInsights:Jobs:SchedulerLookBack", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageAccount_Missing_FailsStartWithKeys()
    {
        var settings = TestSettings.Create(UnusedConnection, "host");
        settings["AzureWebJobsStorage"] = null;
        using var host = FunctionsHarness.Build(settings, new FakeTimeProvider(), new ConnectorGate());

        var exception = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("LocalInsights:Jobs:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageSettings_Invalid_FailStartWithKey()
    {
        var settings = TestSettings.Create(UnusedConnection, "host");
        settings["LocalInsights:Storage:Container"] = "Not_A_Container";
        using var host = FunctionsHarness.Build(settings, new FakeTimeProvider(), new ConnectorGate());

        var exception = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Container", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Lists the classes of the Functions app that declare at least one function.</summary>
    internal static List<Type> FunctionClasses() =>
        typeof(FunctionsApp).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();
}
