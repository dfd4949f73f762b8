using LocalInsights.Bench.Region;

return await RegionApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
