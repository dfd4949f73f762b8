using LocalInsights.Bench;

return await BenchApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
