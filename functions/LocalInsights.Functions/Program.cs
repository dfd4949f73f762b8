using LocalInsights.Functions;
using Microsoft.Extensions.Hosting;

await FunctionsApp.CreateBuilder(args).Build().RunAsync().ConfigureAwait(false);
