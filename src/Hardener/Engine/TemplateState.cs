using Hardener.Diagnostics;
using Hardener.Passes;
using Hardener.Syntax.Yaml;
using Hardener.Text;
using Hardener.Template;

namespace Hardener.Engine;

/// <summary>
/// The current text of a template's two files while passes run, parsed, with the maps that lead
/// offsets back to the files as read.
/// </summary>
internal sealed class TemplateState
{
    private readonly LineMap _originalComposeLines;
    private readonly LineMap _originalTomlLines;
    private readonly OffsetMap _composeOffsets = new();
    private readonly OffsetMap _tomlOffsets = new();

    public TemplateState(TemplateFolder template, SourceFile compose, YamlDocumentSyntax composeSyntax, SourceFile? toml)
    {
        Template = template;
        ComposeFile = compose;
        ComposeSyntax = composeSyntax;
        TomlFile = toml;
        _originalComposeLines = composeSyntax.Lines;
        _originalTomlLines = new LineMap(toml?.Text ?? "");
        if (toml is not null)
        {
            var parse = TemplateToml.Parse(toml.Text, template.TomlPath);
            TomlDiagnostics = LimitRepeats(parse.Document.Findings);
            EditableToml = parse.HasErrors ? null : parse;
        }
    }

    public TemplateFolder Template { get; }

    public SourceFile ComposeFile { get; private set; }

    public YamlDocumentSyntax ComposeSyntax { get; private set; }

    /// <summary>The template.toml as it is now; null while the template has none.</summary>
    public SourceFile? TomlFile { get; private set; }

    /// <summary>The parsed template.toml when it exists and has no syntax errors.</summary>
    public TemplateToml? EditableToml { get; private set; }

    public IReadOnlyList<Finding> TomlDiagnostics { get; } = [];

    /// <summary>Tells whether a template.toml that exists could not be parsed, so passes must leave it alone.</summary>
    public bool TomlIsBroken => TomlFile is not null && EditableToml is null;

    private const int MaxTomlDiagnostics = 5;

    /// <summary>Keeps the first few syntax errors of a file: one broken string can produce dozens, and the first ones name the cause.</summary>
    private static IReadOnlyList<Finding> LimitRepeats(IReadOnlyList<Finding> findings)
    {
        if (findings.Count <= MaxTomlDiagnostics)
        {
            return findings;
        }

        var last = findings[MaxTomlDiagnostics - 1];
        var summary = last with { Message = $"{findings.Count - MaxTomlDiagnostics + 1} more TOML errors follow from here; fix the first ones and run again" };
        return [.. findings.Take(MaxTomlDiagnostics - 1), summary];
    }

    /// <summary>Applies one pass's edits to both files, or none of them when either result fails to parse.</summary>
    public bool TryApply(IReadOnlyList<FileEdit> edits, out string problem)
    {
        // Line insertions that several changes place at one offset are ordered so each line stays in the collection it was built for.
        var composeEdits = YamlInsertion.CombineEdits(edits.Where(edit => edit.File == TemplateFileKind.Compose).Select(edit => edit.Edit));
        var tomlEdits = edits.Where(edit => edit.File == TemplateFileKind.TemplateToml).Select(edit => edit.Edit).ToList();
        if (tomlEdits.Count > 0 && TomlIsBroken)
        {
            problem = "template.toml has syntax errors and is left untouched";
            return false;
        }

        string composeText;
        string tomlText;
        try
        {
            composeText = TextEditor.Apply(ComposeFile.Text, composeEdits);
            tomlText = TextEditor.Apply(TomlFile?.Text ?? "", tomlEdits);
        }
        catch (EditConflictException conflict)
        {
            problem = conflict.Message;
            return false;
        }

        var composeParse = YamlSyntaxParser.Parse(composeText, Template.ComposePath);
        if (!composeParse.IsEditable)
        {
            problem = "the edited compose file does not parse: " + string.Join("; ", composeParse.Diagnostics.Select(diagnostic => diagnostic.Message));
            return false;
        }

        TemplateToml? tomlDocument = EditableToml;
        if (tomlEdits.Count > 0)
        {
            var tomlParse = TemplateToml.Parse(tomlText, Template.TomlPath);
            if (tomlParse.HasErrors)
            {
                problem = "the edited template.toml does not parse: " + string.Join("; ", tomlParse.Document.Findings.Select(diagnostic => diagnostic.Message));
                return false;
            }

            tomlDocument = tomlParse;
        }

        ComposeFile = ComposeFile.WithText(composeText);
        ComposeSyntax = composeParse.Document!;
        _composeOffsets.Push(composeEdits);
        if (tomlEdits.Count > 0)
        {
            TomlFile = TomlFile is null ? new SourceFile(Template.TomlPath, tomlText, HasByteOrderMark: false) : TomlFile.WithText(tomlText);
            EditableToml = tomlDocument;
            _tomlOffsets.Push(tomlEdits);
        }

        problem = "";
        return true;
    }

    /// <summary>Places a pass's finding in the file as read; call it before that pass's edits are applied.</summary>
    public Finding Locate(PendingFinding pending)
    {
        var isCompose = pending.File == TemplateFileKind.Compose;
        var offsets = isCompose ? _composeOffsets : _tomlOffsets;
        var lines = isCompose ? _originalComposeLines : _originalTomlLines;
        var position = lines.GetPosition(offsets.ToOriginal(pending.Offset));
        return new Finding(pending.RuleId, pending.Severity, Template.GetPath(pending.File), position, pending.Message, pending.Fixable, pending.Fixed);
    }
}
