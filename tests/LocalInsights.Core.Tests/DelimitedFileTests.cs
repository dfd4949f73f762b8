using System.Text;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests;

public sealed class DelimitedFileTests
{
    [Fact]
    public void QuotedLineBreak_KeepsOneRecordAndLineNumbers()
    {
        using var file = Open("sep=;\r\na;b\r\n1;\"x\r\ny\"\r\n2;z\r\n", Encoding.UTF8);

        var first = file.ReadRow()!;
        var second = file.ReadRow()!;

        Assert.Equal(3, first.Line);
        Assert.Equal("x\r\ny", first.Fields[1]);
        Assert.Equal(5, second.Line);
        Assert.Equal("z", second.Get(1));
        Assert.Null(file.ReadRow());
    }

    [Fact]
    public void BlankLines_SkippedBeforeHeaderAndInsideData()
    {
        using var file = Open("\r\n\r\nNom;Entité\r\nA;B\r\n\r\nC;D\r\n", Encoding.UTF8);

        var rows = file.ReadRows().ToList();

        Assert.Equal(3, file.HeaderLine);
        Assert.Equal(["Nom", "Entité"], file.Header);
        Assert.Equal(2, rows.Count);
        Assert.Equal(6, rows[1].Line);
    }

    [Fact]
    public void Windows1252_DetectedWhenNotUtf8()
    {
        var bytes = TextEncodingDetector.Windows1252.GetBytes("Désignation;Montant\r\nŒuvre;1 234,50 €\r\n");

        using var file = DelimitedFile.Open("register.csv", new MemoryStream(bytes), null, null);
        var row = file.ReadRow()!;

        Assert.Equal("Désignation", file.Header[0]);
        Assert.Equal("Œuvre", row.Fields[0]);
        Assert.Equal("1 234,50 €", row.Fields[1]);
    }

    [Fact]
    public void Separator_DetectedFromHeader()
    {
        using var file = Open("a,b,\"c;d\"\r\n1,2,3\r\n", Encoding.UTF8);

        Assert.Equal(',', file.Separator);
        Assert.Equal(3, file.Header.Count);
    }

    [Fact]
    public void UnclosedQuote_FlaggedOnRow()
    {
        using var file = Open("a;b\r\n1;\"open\r\n", Encoding.UTF8);

        var row = file.ReadRow()!;

        Assert.True(row.UnclosedQuote);
    }

    [Fact]
    public void StrayQuote_CostsOneRowOnly()
    {
        var lines = Enumerable.Range(1, 200).Select(index => index == 3 ? "3;\"broken" : $"{index};ok").ToList();
        using var file = Open("n;text\r\n" + string.Join("\r\n", lines) + "\r\n", Encoding.UTF8);

        var rows = file.ReadRows().ToList();

        Assert.Equal(200, rows.Count);
        Assert.True(rows[2].UnclosedQuote);
        Assert.Equal(4, rows[2].Line);
        Assert.Equal("4", rows[3].Fields[0]);
        Assert.Equal(5, rows[3].Line);
        Assert.False(rows[3].UnclosedQuote);
        Assert.Equal("200", rows[^1].Fields[0]);
        Assert.Equal(201, rows[^1].Line);
    }

    [Fact]
    public void StrayQuoteNearEnd_ResumesAfterIt()
    {
        using var file = Open("a;b\n1;\"x\n2;y\n3;z\n", Encoding.UTF8);

        var rows = file.ReadRows().ToList();

        Assert.Equal(3, rows.Count);
        Assert.True(rows[0].UnclosedQuote);
        Assert.Equal(["2", "y"], rows[1].Fields);
        Assert.Equal(3, rows[1].Line);
        Assert.Equal(["3", "z"], rows[2].Fields);
    }

    [Fact]
    public void CurrentRow_ReadsFieldsUntilTheNextRecord()
    {
        using var file = Open("a;b;c\r\n1;\" x \";3\r\n4;5;6\r\n", Encoding.UTF8);

        Assert.True(file.ReadRecord(1));
        var row = file.CurrentRow();

        Assert.Equal(3, row.Fields.Count);
        Assert.Equal("x", row.Get(1));
        Assert.Equal(2, row.Line);
        Assert.True(file.ReadRecord());
        Assert.Throws<InvalidOperationException>(() => row.Fields[2]);
        Assert.Equal("6", file.CurrentRow().Get(2));
    }

    [Fact]
    public void EmptyFile_RaisesInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => Open("\r\n\r\n", Encoding.UTF8));
    }

    private static DelimitedFile Open(string text, Encoding encoding) =>
        DelimitedFile.Open("test.csv", new MemoryStream(encoding.GetBytes(text)), null, null);
}
