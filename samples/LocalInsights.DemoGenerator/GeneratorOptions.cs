using System.Globalization;

namespace LocalInsights.DemoGenerator;

/// <summary>Command-line options of the demo generator.</summary>
internal sealed record GeneratorOptions(
    string OutputFolder,
    long Seed,
    string DirectoryFolder,
    string CategoryMapPath)
{
    public const string Usage =
        "Usage: LocalInsights.DemoGenerator --out FOLDER --seed NUMBER [--directory FOLDER] [--category-map FILE]\n"
        + "  --out           folder that receives the source files (created if missing)\n"
        + "  --seed          integer seed; the same seed always writes the same bytes\n"
        + "  --directory     folder of the official directory and enrolment CSV files"
        + " (default: samples/demo/directory)\n"
        + "  --category-map  where to write the Intune category to UAI table"
        + " (default: category-map.json in the parent of --out)";

    /// <summary>Parses <paramref name="args"/>, or returns null and every problem found in them.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args, out IReadOnlyList<string> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                problems.Add($"Unexpected argument '{args[i]}': each option is '--name value'.");
                continue;
            }

            values[args[i]] = args[++i];
        }

        var options = Build(values, problems);
        errors = problems;
        return problems.Count == 0 ? options : null;
    }

    private static GeneratorOptions? Build(Dictionary<string, string> values, List<string> problems)
    {
        foreach (var name in values.Keys.Where(name => !IsKnown(name)))
        {
            problems.Add($"Unknown option '{name}'.");
        }

        if (!values.TryGetValue("--out", out var output))
        {
            problems.Add("Missing option --out: give the folder that receives the source files.");
        }

        long seed = 0;
        if (!values.TryGetValue("--seed", out var seedText))
        {
            problems.Add("Missing option --seed: give an integer, for example --seed 20261130.");
        }
        else if (!long.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add($"Invalid --seed '{seedText}': expected an integer such as 20261130.");
        }

        if (problems.Count > 0 || output is null)
        {
            return null;
        }

        var directory = values.GetValueOrDefault("--directory", Path.Combine("samples", "demo", "directory"));
        if (!Directory.Exists(directory))
        {
            problems.Add($"Directory folder '{Path.GetFullPath(directory)}' not found: run from the repository root"
                + " or pass --directory with the folder of the official CSV files.");
            return null;
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(output)) ?? output;
        var categoryMap = values.GetValueOrDefault("--category-map", Path.Combine(parent, "category-map.json"));
        return new GeneratorOptions(output, seed, directory, categoryMap);
    }

    private static bool IsKnown(string name) =>
        name is "--out" or "--seed" or "--directory" or "--category-map";
}
