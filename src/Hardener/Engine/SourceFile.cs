using System.Text;

namespace Hardener.Engine;

/// <summary>
/// A text file as read from disk. The byte order mark is kept apart from the text so that offsets
/// start at the first character, and is written back when the file is saved.
/// </summary>
public sealed record SourceFile(string Path, string Text, bool HasByteOrderMark)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidEncodingException">The file is not valid UTF-8.</exception>
    public static SourceFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = hasBom ? 3 : 0;
        try
        {
            return new SourceFile(path, StrictUtf8.GetString(bytes, start, bytes.Length - start), hasBom);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidEncodingException(path, bytes, start + Math.Max(0, exception.Index), exception);
        }
    }

    public byte[] ToBytes()
    {
        var body = StrictUtf8.GetBytes(Text);
        return HasByteOrderMark ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    public SourceFile WithText(string text) => this with { Text = text };
}
