using Hardener.Syntax.Toml;
using Hardener.Text;

namespace Hardener.Template;

/// <summary>
/// Collects additions of variables and environment entries and replacements of environment
/// values, and turns them into one set of non-overlapping edits against the original text.
/// The Tomlyn tree is only read, never changed and printed, so every other byte stays as it was.
/// </summary>
public sealed class TemplateTomlEditBuilder
{
    private readonly TemplateToml _template;
    private readonly List<(string Name, string Value)> _variables = [];
    private readonly List<(string Key, string Value)> _env = [];
    private readonly List<(EnvEntry Entry, string Value)> _replacements = [];

    /// <exception cref="InvalidOperationException">The file has parse errors.</exception>
    public TemplateTomlEditBuilder(TemplateToml template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"{template.Document.FilePath} has TOML errors and must not be edited.");
        }

        _template = template;
    }

    /// <summary>Adds <c>name = "value"</c> to <c>[variables]</c>, creating the table when missing.</summary>
    /// <exception cref="ArgumentException">The name is not a bare key, or the variable exists already.</exception>
    public TemplateTomlEditBuilder AddVariable(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // A bare key is required, so the variable can be referenced as ${name}.
        if (!TomlText.IsBareKey(name))
        {
            throw new ArgumentException($"Variable name '{name}' is invalid: use ASCII letters, digits, '_' or '-'.", nameof(name));
        }

        if (_template.Variables.Any(variable => variable.Name == name) || _variables.Any(added => added.Name == name))
        {
            throw new ArgumentException($"Variable '{name}' is already defined. Choose a name not in DefinedNames.", nameof(name));
        }

        _variables.Add((name, value));
        return this;
    }

    /// <summary>Adds an environment entry in the form the template uses, creating <c>[config.env]</c> when there is none.</summary>
    /// <exception cref="ArgumentException">The key is empty, contains '=' or a control character, or exists already.</exception>
    public TemplateTomlEditBuilder AddEnv(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // '=' would end the key early in the "KEY=value" array form.
        if (string.IsNullOrEmpty(key) || key.Contains('=') || key.Any(char.IsControl))
        {
            throw new ArgumentException($"Environment key '{key}' is invalid: it must be non-empty without '=' or control characters.", nameof(key));
        }

        if (_template.Env.Any(entry => entry.Key == key) || _env.Any(added => added.Key == key))
        {
            throw new ArgumentException($"Environment key '{key}' is already defined. Choose a name not in DefinedNames.", nameof(key));
        }

        _env.Add((key, value));
        return this;
    }

    /// <summary>
    /// Replaces the value of an existing entry, keeping its quoting. A literal string that cannot
    /// hold the new value, and a value that is not a string, are rewritten as a basic string.
    /// </summary>
    /// <exception cref="ArgumentException">The entry is not from this template, or is replaced twice.</exception>
    public TemplateTomlEditBuilder ReplaceEnvValue(EnvEntry entry, string value)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(value);
        if (!_template.Env.Contains(entry))
        {
            throw new ArgumentException($"Environment entry '{entry.Key}' does not belong to {_template.Document.FilePath}.", nameof(entry));
        }

        if (_replacements.Any(replacement => replacement.Entry == entry))
        {
            throw new ArgumentException($"Environment entry '{entry.Key}' is already being replaced.", nameof(entry));
        }

        _replacements.Add((entry, value));
        return this;
    }

    /// <summary>
    /// Returns the edits for everything added so far, for <see cref="TextEditor.Apply"/>. Variable
    /// edits come before environment edits, so insertions at one offset keep that order.
    /// </summary>
    public IReadOnlyList<TextEdit> Build()
    {
        var document = _template.Document;
        var edits = new List<TextEdit>();
        var blocks = new List<NewTableBlock>();

        if (_variables.Count > 0)
        {
            var lines = _variables.Select(variable => EnvAppender.FormatPair(variable.Name, variable.Value)).ToList();
            if (_template.VariablesTable is { } table)
            {
                var offset = TablePlacement.GetEndOfLastLine(table, document.Text);
                edits.Add(TomlInsertions.InsertLines(document.Text, offset, lines, document.NewLine));
            }
            else if (_template.VariablesInlineTable is { } inline)
            {
                edits.Add(InlineTableAppender.Append(inline, lines, document.Text));
            }
            else
            {
                lines.Insert(0, "[variables]");
                blocks.Add(new NewTableBlock(TablePlacement.GetNewVariablesOffset(_template), lines, SeparateFromPrevious: true));
            }
        }

        if (_env.Count > 0)
        {
            var (envEdits, envBlock) = EnvAppender.Append(_template, _env);
            edits.AddRange(envEdits);
            if (envBlock is not null)
            {
                blocks.Add(envBlock);
            }
        }

        edits.AddRange(MergeBlocks(blocks, document));
        edits.AddRange(_replacements.Select(replacement => EnvValueReplacer.Replace(replacement.Entry, replacement.Value)));
        return edits;
    }

    /// <summary>
    /// Turns new tables into insertions. Two tables at one offset (a file without tables gets
    /// both at its end) become one insertion, so the blank lines between them are right.
    /// </summary>
    private static IEnumerable<TextEdit> MergeBlocks(List<NewTableBlock> blocks, TomlDocument document)
    {
        foreach (var group in blocks.GroupBy(block => block.Offset))
        {
            var lines = new List<string>();
            foreach (var block in group)
            {
                if (lines.Count > 0)
                {
                    lines.Add("");
                }

                lines.AddRange(block.Lines);
            }

            var separate = group.First().SeparateFromPrevious;
            yield return TomlInsertions.InsertBlock(document.Text, group.Key, lines, document.NewLine, separate);
        }
    }
}
