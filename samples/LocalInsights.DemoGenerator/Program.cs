using System.Globalization;
using LocalInsights.DemoGenerator;

// Every value of the demo files is formatted with an explicit culture. The invariant default guards the rest.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = GeneratorOptions.Parse(args, out var errors);
if (options is null)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
    }

    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

var log = DemoSources.Generate(options);
Console.WriteLine($"Wrote the demo sources to {Path.GetFullPath(options.OutputFolder)} (seed {options.Seed}).");
foreach (var (section, name, value) in log.Counts)
{
    Console.WriteLine($"  {section}: {name} = {value}");
}

Console.WriteLine($"  Deliberate faults listed in FAULTS.md: {log.Entries.Count} entries.");
return 0;
