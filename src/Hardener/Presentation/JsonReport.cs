using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hardener.Diagnostics;
using Hardener.Engine;

namespace Hardener.Presentation;

/// <summary>
/// Writes the results of a run as JSON: per template its path, the files changed and its findings.
/// Paths are shown relative to the base folder.
/// </summary>
public static class JsonReport
{
    public static string Write(IReadOnlyList<TemplateResult> results, IReadOnlyList<Finding> runErrors, string baseDirectory)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("templates");
            foreach (var result in results)
            {
                WriteTemplate(writer, result, baseDirectory);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("errors");
            foreach (var error in runErrors)
            {
                WriteFinding(writer, error, error.Message, baseDirectory);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTemplate(Utf8JsonWriter writer, TemplateResult result, string baseDirectory)
    {
        writer.WriteStartObject();
        writer.WriteString("path", DisplayPath.Relative(result.Template.Directory, baseDirectory));
        writer.WriteBoolean("failed", result.Failed);
        writer.WriteStartArray("filesChanged");
        if (result.ComposeChanged)
        {
            writer.WriteStringValue(DisplayPath.Relative(result.Template.ComposePath, baseDirectory));
        }

        if (result.TomlChanged)
        {
            writer.WriteStringValue(DisplayPath.Relative(result.Template.TomlPath, baseDirectory));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(writer, finding, finding.Message, baseDirectory);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, string message, string baseDirectory)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.RuleId);
        writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        writer.WriteString("file", DisplayPath.Relative(finding.FilePath, baseDirectory));
        if (finding.Position.Line > 0)
        {
            writer.WriteNumber("line", finding.Position.Line);
            writer.WriteNumber("column", finding.Position.Column);
        }
        else
        {
            writer.WriteNull("line");
            writer.WriteNull("column");
        }

        writer.WriteString("message", message);
        writer.WriteBoolean("fixable", finding.Fixable);
        writer.WriteBoolean("fixed", finding.Fixed);
        writer.WriteEndObject();
    }
}
