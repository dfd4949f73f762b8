using System.Text;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Constants and varint encoding of the binary platform activity file. <see cref="ActivityRecordFileWriter"/>
/// documents the layout.
/// </summary>
internal static class ActivityFileFormat
{
    /// <summary>Suffix of the file name. Canonical files of every other type end in <c>.jsonl.gz</c>.</summary>
    public const string Extension = ".bin";

    public const byte EndTag = 0;
    public const byte StringTag = 1;
    public const byte RecordTag = 2;

    public const byte PlatformTable = 0;
    public const byte UaiTable = 1;
    public const byte PersonTable = 2;
    public const byte ServiceTable = 3;
    public const int TableCount = 4;

    /// <summary>Maximum length of one string in UTF-8 bytes, so a damaged length cannot make a reader buffer
    /// gigabytes before it fails.</summary>
    public const int MaxStringBytes = 1 << 20;

    /// <summary>Maximum bytes of an unsigned LEB128 varint of 32 bits.</summary>
    public const int MaxVarint32Bytes = 5;

    /// <summary>Maximum bytes of an unsigned LEB128 varint of 64 bits.</summary>
    public const int MaxVarint64Bytes = 10;

    /// <summary>Maximum bytes of a record entry: the tag, six varints of 32 bits and the role byte.</summary>
    public const int MaxRecordEntryBytes = 2 + (6 * MaxVarint32Bytes);

    /// <summary>UTF-8 that throws on lone surrogates and invalid bytes instead of replacing them.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    private static readonly string[] TableNames = ["platform", "UAI", "person pseudonym", "service"];

    private static readonly bool[] DefinedRoles = CreateDefinedRoles();

    /// <summary>The 7 bytes every file starts with: <c>LIACT1</c> and a line feed.</summary>
    public static ReadOnlySpan<byte> Magic => "LIACT1\n"u8;

    /// <summary>Returns the name of a string table for messages, such as "UAI" for table 1.</summary>
    public static string TableName(int table) => TableNames[table];

    /// <summary>Returns whether <paramref name="value"/> is a declared <see cref="PlatformRole"/> that fits a byte.
    /// </summary>
    public static bool IsDefinedRole(int value) => (uint)value < (uint)DefinedRoles.Length && DefinedRoles[value];

    /// <summary>Writes <paramref name="value"/> as an unsigned LEB128 varint and returns the next position.</summary>
    public static int WriteVarint(byte[] buffer, int position, ulong value)
    {
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        return position;
    }

    /// <summary>Maps a signed value to an unsigned one so that small magnitudes of either sign stay short.</summary>
    public static uint ZigZagEncode(int value) => (uint)((value << 1) ^ (value >> 31));

    public static int ZigZagDecode(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static bool[] CreateDefinedRoles()
    {
        var defined = new bool[byte.MaxValue + 1];
        foreach (var role in Enum.GetValues<PlatformRole>())
        {
            if ((int)role is >= 0 and <= byte.MaxValue)
            {
                defined[(int)role] = true;
            }
        }

        return defined;
    }
}
