using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>
/// How a connector finds the establishment of each device. Rules are tried in order and the first that matches
/// gives the UAI. A device no rule matches is stored without a UAI and counted as unmapped, never guessed.
/// </summary>
public sealed class DeviceMappingOptions
{
    /// <summary>Time a name pattern may take on one value before the match is abandoned.</summary>
    internal static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    public List<DeviceMappingRuleOptions> Rules { get; init; } = [];

    /// <summary>Checks every rule and returns one result per problem, named by its settings key.</summary>
    public IEnumerable<ValidationResult> Validate(string key)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < Rules.Count; index++)
        {
            var ruleKey = $"{key}:Rules:{index}";
            var rule = Rules[index];
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                yield return Problem($"{ruleKey}:Name", "every mapping rule needs a name");
            }
            else if (!names.Add(rule.Name.Trim()))
            {
                yield return Problem($"{ruleKey}:Name", $"the rule name '{rule.Name}' is used twice");
            }

            var problems = rule.ParseKind() switch
            {
                DeviceMappingRuleKind.NamePattern => ValidatePattern(rule, ruleKey),
                DeviceMappingRuleKind.CategoryMap => ValidateCategories(rule, ruleKey),
                DeviceMappingRuleKind.SerialNumbers => ValidateSerialFiles(rule, ruleKey),
                _ => [ValidateKind(rule, ruleKey)],
            };
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
    }

    /// <summary>The rule kinds, separated by commas, for messages.</summary>
    internal static string KindNames => string.Join(", ", Enum.GetNames<DeviceMappingRuleKind>());

    internal static Regex CompilePattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout);

    private static ValidationResult ValidateKind(DeviceMappingRuleOptions rule, string ruleKey) =>
        string.IsNullOrWhiteSpace(rule.Kind)
            ? Problem($"{ruleKey}:Kind", $"the rule kind is missing: set Kind to one of {KindNames}")
            : Problem($"{ruleKey}:Kind", $"'{rule.Kind}' is not a rule kind: set Kind to one of {KindNames}");

    private static IEnumerable<ValidationResult> ValidatePattern(DeviceMappingRuleOptions rule, string ruleKey)
    {
        if (string.IsNullOrWhiteSpace(rule.Pattern))
        {
            return [Problem($"{ruleKey}:Pattern", "a NamePattern rule needs a regular expression")];
        }

        try
        {
            var regex = CompilePattern(rule.Pattern);
            return regex.GetGroupNames().Contains("uai", StringComparer.Ordinal)
                ? []
                : [Problem($"{ruleKey}:Pattern", "the regular expression has no named group (?<uai>...)")];
        }
        catch (ArgumentException exception)
        {
            return [Problem($"{ruleKey}:Pattern", $"invalid regular expression: {exception.Message}")];
        }
    }

    private static IEnumerable<ValidationResult> ValidateCategories(DeviceMappingRuleOptions rule, string ruleKey)
    {
        if (rule.Categories.Count == 0 && string.IsNullOrWhiteSpace(rule.CategoryFile))
        {
            yield return Problem($"{ruleKey}:Categories", "a CategoryMap rule needs Categories or a CategoryFile");
        }

        foreach (var (label, code) in rule.Categories)
        {
            var check = Uai.Check(code);
            if (!check.IsValid)
            {
                yield return Problem($"{ruleKey}:Categories:{label}", $"'{code}' is not a valid UAI: {check.Reason}");
            }
        }
    }

    private static IEnumerable<ValidationResult> ValidateSerialFiles(DeviceMappingRuleOptions rule, string ruleKey)
    {
        if (rule.SerialFiles.Count == 0)
        {
            yield return Problem($"{ruleKey}:SerialFiles", "a SerialNumbers rule needs at least one file");
        }

        for (var index = 0; index < rule.SerialFiles.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(rule.SerialFiles[index].Path))
            {
                yield return Problem($"{ruleKey}:SerialFiles:{index}:Path", "the file path is empty");
            }
        }
    }

    private static ValidationResult Problem(string key, string message) => new(message, [key]);
}
