using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Configuration;

namespace LocalInsights.Core.Pipeline;

public sealed partial class EnvironmentRunner
{
    /// <summary>
    /// Checks the settings of every enabled connector of <paramref name="environment"/> against its options type,
    /// before anything is read, and returns every problem with its configuration key.
    /// </summary>
    /// <remarks>
    /// This catches what binding and the options' own validation can see: missing or invalid values, unknown
    /// names, patterns that do not compile. Files are checked when they are opened, by the pull.
    /// </remarks>
    public IReadOnlyList<string> Validate(EnvironmentSettings environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        foreach (var instance in environment.Connectors.Where(instance => instance.Enabled))
        {
            var optionsType = _connectors[instance.Type].Descriptor.OptionsType;
            if (optionsType == typeof(object))
            {
                continue;
            }

            var options = Activator.CreateInstance(optionsType)!;
            if (!OptionsBinding.TryBind(instance.Settings, options, problems))
            {
                continue;
            }

            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
            problems.AddRange(results.Select(result =>
                $"{instance.Settings.Path}:{string.Join(',', result.MemberNames)}: {result.ErrorMessage}"));
        }

        return problems;
    }
}
