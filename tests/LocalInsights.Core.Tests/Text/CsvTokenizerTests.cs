using System.Text;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests.Text;

public sealed class CsvTokenizerTests
{
    private const string Alphabet = "ab;,\"\"\r\n é";

    [Theory]
    [InlineData(';', 0, 0)]
    [InlineData(';', 1, 3)]
    [InlineData(';', 2, 8)]
    [InlineData(',', 3, 5)]
    [InlineData(',', CsvTokenizer.MaxQuotedLineBreaks, CsvTokenizer.MaxQuotedLength)]
    public void GeneratedText_SplitsAsTheReferenceDoes(char separator, int maxLineBreaks, int maxLength)
    {
        var random = new Random(separator * 1000 + maxLineBreaks * 100 + maxLength);
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = Generate(random, random.Next(0, 60));
            var chunk = random.Next(1, 9);
            var expected = ReadAll(new ReferenceCsvTokenizer(
                new StringReader(text), separator, 1, maxLineBreaks, maxLength));
            var actual = ReadAll(new CsvTokenizer(
                new ChunkedReader(text, chunk), separator, 1, maxLineBreaks, maxLength));

            Assert.True(expected.SequenceEqual(actual), $"Text {Escape(text)} read in chunks of {chunk}:\n"
                + $"expected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
        }
    }

    [Theory]
    [InlineData(';', 1)]
    [InlineData(',', 2)]
    [InlineData('\t', 3)]
    public void LongUnquotedLines_SplitAsTheReferenceDoes(char separator, int seed)
    {
        var random = new Random(seed);
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = GenerateLogLines(random, separator);
            var chunk = random.Next(1, 200);
            var expected = ReadAll(new ReferenceCsvTokenizer(new StringReader(text), separator, 1, 0, 8));
            var actual = ReadAll(new CsvTokenizer(new ChunkedReader(text, chunk), separator, 1, 0, 8));

            Assert.True(expected.SequenceEqual(actual), $"Text {Escape(text)} read in chunks of {chunk}:\n"
                + $"expected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
        }
    }

    [Theory]
    [InlineData(';', 1)]
    [InlineData(',', 2)]
    [InlineData(',', 3)]
    public void PartialRecords_CountAndSplitAsTheReferenceDoes(char separator, int splitFields)
    {
        var random = new Random(separator + splitFields);
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = Generate(random, random.Next(0, 60));
            var chunk = random.Next(1, 9);
            var expected = ReadAll(new ReferenceCsvTokenizer(new StringReader(text), separator, 1, 2, 8));
            var tokenizer = new CsvTokenizer(new ChunkedReader(text, chunk), separator, 1, 2, 8);
            var actual = new List<string>();
            while (tokenizer.ReadRecord(splitFields))
            {
                var counted = tokenizer.FieldCount;
                var fields = Enumerable.Range(0, counted).Select(index => tokenizer.GetField(index).ToString())
                    .ToList();
                Assert.Equal(counted, tokenizer.FieldCount);
                actual.Add(Describe(tokenizer.RecordLine, tokenizer.UnclosedQuote, fields));
            }

            Assert.True(expected.SequenceEqual(actual), $"Text {Escape(text)} read in chunks of {chunk}:\n"
                + $"expected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
        }
    }

    [Theory]
    [InlineData(',', 8)]
    [InlineData(',', CsvTokenizer.MaxQuotedLength)]
    [InlineData(';', CsvTokenizer.MaxQuotedLength)]
    public void LongQuotedRecords_CountAsTheReferenceDoes(char separator, int maxLength)
    {
        var random = new Random(separator + maxLength);
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = GenerateQuotedLines(random, separator);
            var expected = ReadAll(new ReferenceCsvTokenizer(new StringReader(text), separator, 1, 2, maxLength));
            var tokenizer = new CsvTokenizer(new StringReader(text), separator, 1, 2, maxLength);
            var actual = new List<string>();
            while (tokenizer.ReadRecord(1))
            {
                var fields = Enumerable.Range(0, tokenizer.FieldCount)
                    .Select(index => tokenizer.GetField(index).ToString()).ToList();
                actual.Add(Describe(tokenizer.RecordLine, tokenizer.UnclosedQuote, fields));
            }

            Assert.True(expected.SequenceEqual(actual), $"Text {Escape(text)}:\n"
                + $"expected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
        }
    }

    [Theory]
    [InlineData("\"a\",\"b\",\"\"", 3)]
    [InlineData("a,b,,c", 4)]
    [InlineData("", 1)]
    [InlineData("\"\"", 1)]
    public void UniformLine_IsCounted(string line, int expected)
    {
        Assert.True(CsvTokenizer.TryCountUniformFields(line, ',', 100, out var fields));
        Assert.Equal(expected, fields);
    }

    [Theory]
    [InlineData("\"a\",\",\",\"b\"")]
    [InlineData("\"a\",\"\",\"b\"\"c\"")]
    [InlineData("\"a\",b")]
    [InlineData("\",\"")]
    [InlineData("\"a\"\"\",\"b\"")]
    [InlineData("\"")]
    [InlineData("\"0123456789\",\"b\"")]
    public void OtherLine_IsLeftToTheCharacterLoop(string line)
    {
        Assert.False(CsvTokenizer.TryCountUniformFields(line, ',', 10, out _));
    }

    [Fact]
    public void FieldsSplit_RunsBeforeRestCounted()
    {
        var tokenizer = new CsvTokenizer(new StringReader("\"d1\",\"a\",\"b\"\r\n\"d2\",\"c\",\"d\"\r\n"), ',', 1);
        var seen = new List<string>();
        tokenizer.FieldsSplit = () => seen.Add($"{tokenizer.GetField(0)}/{tokenizer.FieldCount}");

        Assert.True(tokenizer.ReadRecord(1));
        Assert.True(tokenizer.ReadRecord(1));

        Assert.Equal(["d1/1", "d2/1"], seen);
        Assert.Equal(3, tokenizer.FieldCount);
    }

    [Fact]
    public void PlainRecord_IsCountedThenSplitOnDemand()
    {
        var tokenizer = new CsvTokenizer(new StringReader("\"id\",\"a\",b,\"\"\r\nc,\"x\"\"y\"\r\n"), ',', 1);

        Assert.True(tokenizer.ReadRecord(1));
        Assert.True(tokenizer.IsPartial);
        Assert.Equal(4, tokenizer.FieldCount);
        Assert.Equal("id", tokenizer.GetField(0).ToString());
        Assert.Equal("b", tokenizer.GetField(2).ToString());
        Assert.False(tokenizer.IsPartial);

        Assert.True(tokenizer.ReadRecord(1));
        Assert.False(tokenizer.IsPartial);
        Assert.Equal(["c", "x\"y"], [tokenizer.GetField(0).ToString(), tokenizer.GetField(1).ToString()]);
        Assert.Equal(2, tokenizer.RecordLine);
    }

    [Fact]
    public void LongRecords_CrossBufferBoundaries()
    {
        var random = new Random(7);
        var lines = Enumerable.Range(0, 2000).Select(index => string.Join(',', Enumerable.Range(0, 53)
            .Select(column => column % 5 == 0
                ? $"\"{new string('x', random.Next(0, 300))}\"\"q\"\"\r\nz\""
                : $"\"v{index}-{column}\""))).ToList();
        var text = string.Join("\r\n", lines) + "\r\n";

        var expected = ReadAll(new ReferenceCsvTokenizer(new StringReader(text), ',', 1, 50, 40_000));
        var actual = ReadAll(new CsvTokenizer(new StringReader(text), ',', 1));

        Assert.Equal(2000, actual.Count);
        Assert.Equal(expected, actual);
        Assert.StartsWith("23989|False|", actual[^1], StringComparison.Ordinal); // 12 lines a record
    }

    [Fact]
    public void Fields_AreSpansOfTheRecord()
    {
        var tokenizer = new CsvTokenizer(new StringReader("\"a\"\"b\"x;c\r\n"), ';', 1);

        Assert.True(tokenizer.ReadRecord());

        Assert.Equal(2, tokenizer.FieldCount);
        Assert.Equal("a\"bx", tokenizer.GetField(0).ToString());
        Assert.Equal("c", tokenizer.GetField(1).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => tokenizer.GetField(2).ToString());
        Assert.False(tokenizer.ReadRecord());
    }

    private static string Generate(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Returns lines of up to 39 quoted fields, often longer than a vector. On half of them some fields have a
    /// separator, a quote or a line break inside, or no quotes. Lines end in LF, CRLF or a lone CR.
    /// </summary>
    private static string GenerateQuotedLines(Random random, char separator)
    {
        string[] contents =
            ["device", "", "x", "a" + separator + "b", "say \"\"hi\"\"", "two\nlines", "\"", "0123456789"];
        string[] breaks = ["\n", "\r\n", "\r"];
        var builder = new StringBuilder();
        for (var line = random.Next(1, 4); line > 0; line--)
        {
            // Half the lines have the uniform quoted shape, the others one odd field in three on average.
            var odd = random.Next(2) == 0 ? 0 : 3;
            var fields = random.Next(1, 40);
            for (var field = 0; field < fields; field++)
            {
                if (field > 0)
                {
                    builder.Append(separator);
                }

                var isOdd = odd > 0 && random.Next(odd) == 0;
                var content = isOdd ? contents[random.Next(contents.Length)] : contents[random.Next(3)];
                builder.Append(isOdd && random.Next(4) == 0 ? content : $"\"{content}\"");
            }

            builder.Append(breaks[random.Next(10) < 8 ? 0 : random.Next(breaks.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Returns lines of up to 30 unquoted fields of up to 20 characters, often longer than a vector, some empty.
    /// About one line in twenty has a quote somewhere. Lines end in LF, CRLF or a lone CR, and the last one sometimes
    /// has no end.
    /// </summary>
    private static string GenerateLogLines(Random random, char separator)
    {
        const string Characters = "0123456789abcdefé/.@ ";
        var builder = new StringBuilder();
        string[] breaks = ["\n", "\r\n", "\r"];
        for (var line = random.Next(1, 6); line > 0; line--)
        {
            var fields = random.Next(1, 31);
            for (var field = 0; field < fields; field++)
            {
                if (field > 0)
                {
                    builder.Append(separator);
                }

                for (var length = random.Next(0, 21); length > 0; length--)
                {
                    builder.Append(Characters[random.Next(Characters.Length)]);
                }

                if (random.Next(300) == 0)
                {
                    builder.Append('"');
                }
            }

            if (line > 1 || random.Next(4) != 0)
            {
                builder.Append(breaks[random.Next(10) < 8 ? 0 : random.Next(breaks.Length)]);
            }
        }

        return builder.ToString();
    }

    private static List<string> ReadAll(ReferenceCsvTokenizer tokenizer)
    {
        var records = new List<string>();
        var fields = new List<string>();
        while (tokenizer.ReadRecord(fields))
        {
            records.Add(Describe(tokenizer.RecordLine, tokenizer.UnclosedQuote, fields));
        }

        return records;
    }

    private static List<string> ReadAll(CsvTokenizer tokenizer)
    {
        var records = new List<string>();
        var fields = new List<string>();
        while (tokenizer.ReadRecord(fields))
        {
            records.Add(Describe(tokenizer.RecordLine, tokenizer.UnclosedQuote, fields));
        }

        return records;
    }

    private static string Describe(long line, bool unclosed, List<string> fields) =>
        $"{line}|{unclosed}|{string.Join("¦", fields.Select(Escape))}";

    private static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Returns at most a fixed number of characters per block read, to end buffers mid-record.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = Math.Min(Math.Min(chunk, buffer.Length), text.Length - _position);
            text.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
    }
}
