using Hardener.Compose;
using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Text;
using Hardener.Template;

namespace Hardener.Passes;

/// <summary>
/// What a pass sees of one template (the current text of both files, parsed) and where it puts its
/// findings and edits. Offsets are into the current texts; the processor maps them to the files as read.
/// </summary>
public sealed class PassContext
{
    private readonly List<PendingFinding> _findings = [];
    private readonly List<FileEdit> _edits = [];

    internal PassContext(TemplateFolder template, PassDescriptor pass, ComposeFile compose, string? tomlText, TemplateToml? toml, PassOptions options, SecretRegistry secrets)
    {
        Template = template;
        Pass = pass;
        Compose = compose;
        TomlText = tomlText;
        Toml = toml;
        Options = options;
        Secrets = secrets;
    }

    public TemplateFolder Template { get; }

    public PassDescriptor Pass { get; }

    public ComposeFile Compose { get; }

    /// <summary>The template.toml text; null when the template has none.</summary>
    public string? TomlText { get; }

    /// <summary>The parsed template.toml; null when the template has none or it has syntax errors, so it must not be edited.</summary>
    public TemplateToml? Toml { get; }

    public PassOptions Options { get; }

    /// <summary>Secret values seen so far in this template; every output masks them.</summary>
    public SecretRegistry Secrets { get; }

    internal IReadOnlyList<PendingFinding> Findings => _findings;

    internal IReadOnlyList<FileEdit> Edits => _edits;

    /// <summary>Reports a finding of this pass at an offset of the current text of a file.</summary>
    public void Report(TemplateFileKind file, int offset, string message, bool fixable, bool isFixed, Severity? severity = null) =>
        _findings.Add(new PendingFinding(Pass.Id, severity ?? Pass.DefaultSeverity, file, offset, message, fixable, isFixed));

    public void AddEdit(TemplateFileKind file, TextEdit edit) => _edits.Add(new FileEdit(file, edit));
}
