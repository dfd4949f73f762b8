using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace LocalInsights.Functions;

/// <summary>Builder of the Functions app's worker host, which <c>Program</c> runs and the tests build.</summary>
public static class FunctionsApp
{
    /// <summary>File of environment settings that may be deployed with the app, read before app settings.</summary>
    public const string SettingsFile = "localinsights.json";

    /// <summary>
    /// Creates the builder: ASP.NET Core integration for the HTTP endpoints, <see cref="SettingsFile"/> from the
    /// app's folder, overridden by app settings, then every service of the jobs.
    /// </summary>
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();

        // App settings and Key Vault references reach the worker as environment variables, added by
        // CreateBuilder, so the file goes first to let them override it.
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = SettingsFile,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });

        builder.Services.AddLocalInsightsFunctions(builder.Configuration);
        return builder;
    }
}
