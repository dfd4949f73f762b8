using System.ComponentModel;
using System.Globalization;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Lets configuration give a register file as a plain path: the configuration binder converts the string into an
/// <see cref="InvestmentRegisterFile"/> with only <see cref="InvestmentRegisterFile.Path"/> set.
/// </summary>
public sealed class InvestmentRegisterFileConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string path ? new InvestmentRegisterFile { Path = path } : base.ConvertFrom(context, culture, value);
}
