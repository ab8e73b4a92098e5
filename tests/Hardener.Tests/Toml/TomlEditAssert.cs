using Hardener.Template;
using Hardener.Text;

namespace Hardener.Tests.Toml;

/// <summary>Applies a batch of template edits and checks that the result parses without errors.</summary>
internal static class TomlEditAssert
{
    /// <summary>Returns the text after the edits; fails when the result has TOML errors.</summary>
    public static string ApplyEdits(string before, Action<TemplateTomlEditBuilder> addEdits)
    {
        var template = TemplateToml.Parse(before, "template.toml");
        Assert.False(template.HasErrors, "The input must parse without errors.");

        var builder = new TemplateTomlEditBuilder(template);
        addEdits(builder);
        var after = TextEditor.Apply(before, builder.Build());

        var reparsed = TemplateToml.Parse(after, "template.toml");
        Assert.False(reparsed.HasErrors, "The edited text has TOML errors:\n" + string.Join("\n", reparsed.Document.Findings) + "\n" + after);
        return after;
    }

    /// <summary>Adds the final line break that a raw string literal leaves out.</summary>
    public static string WithFinalNewLine(string text) => text + "\n";
}
