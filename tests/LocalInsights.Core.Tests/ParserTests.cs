using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests;

public sealed class ParserTests
{
    [Theory]
    [InlineData("1\u00A0234,50 €", "1234.50")]
    [InlineData("-150,00 €", "-150.00")]
    [InlineData("3 100 €", "3100")]
    [InlineData("7,5", "7.5")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("1.234,50", "1234.50")]
    [InlineData("1\u202F234", "1234")]
    public void Decimal_FrenchAndEnglishForms(string text, string expected)
    {
        Assert.True(NumberParser.TryParseDecimal(text, DecimalSeparator.Auto, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("12,5,0 €")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("-")]
    public void Decimal_RejectsAmbiguousOrEmpty(string text)
    {
        Assert.False(NumberParser.TryParseDecimal(text, DecimalSeparator.Auto, out _));
    }

    [Theory]
    [InlineData("20 %", "0.20")]
    [InlineData("5,5 %", "0.055")]
    [InlineData("0,2", "0.2")]
    [InlineData("20", "0.20")]
    public void Rate_PercentOrFraction(string text, string expected)
    {
        Assert.True(NumberParser.TryParseRate(text, out var rate));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate);
    }

    [Fact]
    public void Date_DayFirstNeverMonthFirst()
    {
        Assert.True(DateParser.Default.TryParseDay("02/10/2023", out var day));
        Assert.Equal(new DateOnly(2023, 10, 2), day);
    }

    [Fact]
    public void Date_LocalTimeIsParisTime()
    {
        Assert.True(DateParser.Default.TryParseInstant("2024-09-30 14:02", out var instant));
        Assert.Equal(new DateTimeOffset(2024, 9, 30, 12, 2, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void Date_FormatsMixedInOneParser()
    {
        var parser = new DateParser();

        Assert.True(parser.TryParseDay("2024-09-30 14:02", out var first));
        Assert.True(parser.TryParseDay("02/10/2023", out var second));
        Assert.True(parser.TryParseInstant("2026-11-29T07:42:13+01:00", out var third));
        Assert.True(parser.TryParseDay("2024-09-30 15:00", out var fourth));
        Assert.False(parser.TryParseDay("31/11/2025", out _));

        Assert.Equal(new DateOnly(2024, 9, 30), first);
        Assert.Equal(new DateOnly(2023, 10, 2), second);
        Assert.Equal(TimeSpan.FromHours(1), third.Offset);
        Assert.Equal(new DateOnly(2024, 9, 30), fourth);
    }

    [Fact]
    public void Date_IntuneNeverIsSentinel()
    {
        Assert.True(DateParser.Default.TryParseInstant("0001-01-01T00:00:00Z", out var instant));
        Assert.True(DateParser.IsSentinel(instant));
    }

    [Fact]
    public void Date_OffsetKept()
    {
        Assert.True(DateParser.Default.TryParseInstant("2026-11-29T07:42:13+01:00", out var instant));
        Assert.Equal(TimeSpan.FromHours(1), instant.Offset);
    }
}
