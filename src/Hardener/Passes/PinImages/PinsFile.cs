using Hardener.Compose;
using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Syntax.Toml;
using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Passes.PinImages;

/// <summary>
/// Reads a pins file: TOML with one <c>"repository" = "tag"</c> line per image, for example
/// <c>"postgres" = "16-alpine"</c> or <c>"ghcr.io/org/app" = "2.1.0"</c>.
/// </summary>
public static class PinsFile
{
    public const string ErrorId = "pins-file";

    /// <summary>Returns the pins by normalized repository; problems are added to <paramref name="errors"/> with their line and column.</summary>
    public static IReadOnlyDictionary<string, string> Load(string path, List<Finding> errors)
    {
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(path))
        {
            errors.Add(Error(path, Finding.NoPosition, "the pins file is a folder; pass a TOML file of \"repository\" = \"tag\" lines"));
            return pins;
        }

        string text;
        try
        {
            text = SourceFile.Read(path).Text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(Error(path, exception is InvalidEncodingException encoding ? encoding.Position : Finding.NoPosition, $"cannot read the pins file: {exception.Message}"));
            return pins;
        }

        var parse = TomlDocument.Parse(text, path);
        if (parse.HasErrors)
        {
            errors.AddRange(parse.Findings.Select(diagnostic => diagnostic with { RuleId = ErrorId }));
            return pins;
        }

        var lines = parse.Lines;
        foreach (var table in parse.Syntax.Tables)
        {
            errors.Add(Error(path, lines.GetPosition(table.Span.Start.Offset), "a pins file contains only top-level \"repository\" = \"tag\" lines, not tables"));
        }

        foreach (var keyValue in parse.Syntax.KeyValues)
        {
            AddPin(keyValue, path, lines, pins, errors);
        }

        return pins;
    }

    private static void AddPin(KeyValueSyntax keyValue, string path, LineMap lines, Dictionary<string, string> pins, List<Finding> errors)
    {
        var position = lines.GetPosition(keyValue.Span.Start.Offset);
        var repository = keyValue.Key?.ToString().Trim().Trim('"', '\'') ?? "";
        if (keyValue.Value is not StringValueSyntax { Value: { } tag })
        {
            errors.Add(Error(path, position, $"the pin for '{repository}' must be a string tag, such as \"{repository}\" = \"1.2.3\""));
            return;
        }

        var reference = ImageReference.Parse(repository);
        if (reference is null || reference.Tag is not null || reference.Digest is not null)
        {
            errors.Add(Error(path, position, $"'{repository}' is not an image repository without a tag; write it as \"repository\" = \"tag\""));
            return;
        }

        if (!PinnedTagCollector.IsVersionTag(tag) || tag.Any(character => char.IsWhiteSpace(character) || character is ':' or '@'))
        {
            errors.Add(Error(path, position, $"the tag '{tag}' for '{repository}' does not pin a version; give a tag with a version number"));
            return;
        }

        pins[reference.Repository] = tag;
    }

    private static Finding Error(string path, LinePosition position, string message) =>
        new(ErrorId, Severity.Error, path, position, message, Fixable: false);
}
