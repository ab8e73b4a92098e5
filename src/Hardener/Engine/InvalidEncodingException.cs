using Hardener.Text;

namespace Hardener.Engine;

/// <summary>Thrown when a file is not valid UTF-8, with the line and column of the first invalid byte.</summary>
public sealed class InvalidEncodingException : IOException
{
    public InvalidEncodingException(string path, byte[] bytes, int byteOffset, Exception innerException)
        : base(Describe(bytes, byteOffset, out var position), innerException)
    {
        Path = path;
        Position = position;
    }

    public string Path { get; }

    /// <summary>The line of the invalid byte, and its column counted in bytes.</summary>
    public LinePosition Position { get; }

    private static string Describe(byte[] bytes, int byteOffset, out LinePosition position)
    {
        var line = 1;
        var lineStart = 0;
        for (var index = 0; index < byteOffset && index < bytes.Length; index++)
        {
            if (bytes[index] == (byte)'\n')
            {
                line++;
                lineStart = index + 1;
            }
        }

        position = new LinePosition(line, byteOffset - lineStart + 1);
        var value = byteOffset < bytes.Length ? $"0x{bytes[byteOffset]:X2}" : "the end of the file";
        return $"the file is not valid UTF-8: the byte {value} at byte offset {byteOffset} starts no valid character; save it as UTF-8";
    }
}
