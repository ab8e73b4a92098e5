using Hardener.Syntax.Toml;
using Hardener.Template;
using Hardener.Text;
using Tomlyn;
using Tomlyn.Model;

namespace Hardener.Tests.Toml;

public sealed class CorpusSweepTests
{
    private const string NewVariable = "hardener_test_secret";
    private const string NewEnvKey = "HARDENER_TEST_SECRET";
    private const string NewEnvValue = "${hardener_test_secret}";

    [Fact]
    public void Corpus_RoundTripsExactly()
    {
        var failures = new List<string>();
        foreach (var path in CorpusTemplates.FindOrSkip())
        {
            var text = CorpusTemplates.ReadText(path);
            if (TomlDocument.Parse(text, path).Syntax.ToString() != text)
            {
                failures.Add(path);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Corpus_ValueSpansMatchValues()
    {
        var failures = new List<string>();
        foreach (var path in CorpusTemplates.FindOrSkip())
        {
            var template = TemplateToml.Parse(CorpusTemplates.ReadText(path), path);
            var text = template.Document.Text;
            foreach (var entry in template.Env.Where(entry => entry.Style is TomlStringKind.Basic or TomlStringKind.Literal))
            {
                var raw = text[entry.ValueSpan.Start..entry.ValueSpan.End];
                if (!raw.Contains('\\') && raw != entry.Value)
                {
                    failures.Add($"{path}: {entry.Key}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Corpus_AddsVariableAndEnv()
    {
        var failures = new List<string>();
        var edited = 0;
        foreach (var path in CorpusTemplates.FindOrSkip())
        {
            var before = CorpusTemplates.ReadText(path);
            var template = TemplateToml.Parse(before, path);
            if (template.HasErrors)
            {
                continue;
            }

            var edits = new TemplateTomlEditBuilder(template)
                .AddVariable(NewVariable, "${password:32}")
                .AddEnv(NewEnvKey, NewEnvValue)
                .Build();
            var after = TextEditor.Apply(before, edits);
            edited++;

            var problem = CheckEdited(before, after, template.EnvStyle);
            if (problem is not null)
            {
                failures.Add($"{path}: {problem}");
            }
        }

        Assert.True(edited > 0, "No corpus template parsed without errors.");
        Assert.Empty(failures);
    }

    /// <summary>Returns what is wrong with an edited template, or null.</summary>
    private static string? CheckEdited(string before, string after, EnvStyle style)
    {
        var reparsed = TomlDocument.Parse(after, "edited.toml");
        if (reparsed.HasErrors)
        {
            return "edited text has errors: " + string.Join("; ", reparsed.Findings);
        }

        var model = TomlSerializer.Deserialize<TomlTable>(after)!;
        if (model["variables"] is not TomlTable variables || !variables.ContainsKey(NewVariable))
        {
            return "new variable missing from [variables]";
        }

        var config = (TomlTable)model["config"];
        if (!HasEnvEntry(config["env"], style))
        {
            return "new entry missing from config.env";
        }

        if (!LinesKeptInOrder(before, after))
        {
            return "an original line is missing or out of order";
        }

        return null;
    }

    private static bool HasEnvEntry(object env, EnvStyle style) => env switch
    {
        TomlTable table => table.TryGetValue(NewEnvKey, out var value) && (string)value == NewEnvValue,
        TomlTableArray elements => elements.Any(element => element.ContainsKey(NewEnvKey)),
        TomlArray array when style == EnvStyle.Array => array.OfType<string>().Contains(NewEnvKey + "=" + NewEnvValue),
        _ => false,
    };

    /// <summary>
    /// Tells whether every line of the original text appears in the edited text, in order. A line
    /// may have gained one inserted run of text, as a single-line array or inline table does.
    /// </summary>
    private static bool LinesKeptInOrder(string before, string after)
    {
        var afterLines = after.Split('\n');
        var position = 0;
        foreach (var line in before.Split('\n'))
        {
            while (position < afterLines.Length && !IsSameOrExtended(line, afterLines[position]))
            {
                position++;
            }

            if (position == afterLines.Length)
            {
                return false;
            }

            position++;
        }

        return true;
    }

    /// <summary>Tells whether the edited line equals the original one or is it with one run of text inserted.</summary>
    private static bool IsSameOrExtended(string original, string edited)
    {
        if (original.Length == 0 || edited.Length < original.Length)
        {
            return original == edited;
        }

        var prefix = 0;
        while (prefix < original.Length && original[prefix] == edited[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < original.Length - prefix && original[^(suffix + 1)] == edited[^(suffix + 1)])
        {
            suffix++;
        }

        return prefix + suffix == original.Length;
    }
}
