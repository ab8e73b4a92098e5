using Hardener.Compose;
using Hardener.Diagnostics;
using Hardener.Passes;
using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Engine;

/// <summary>
/// Runs the passes over one template. Each pass sees the output of the passes before it; its edits are
/// applied in one step and both files re-parsed. A pass whose output does not parse is a bug: its edits
/// are dropped and an error is reported, so nothing unparsable is ever written.
/// </summary>
public sealed class TemplateProcessor(IReadOnlyList<IPass> passes, PassOptions options, IReadOnlyList<ISecretSource> secretSources)
{
    /// <summary>Creates a processor that masks the secrets every registered pass can detect, whichever passes run.</summary>
    public TemplateProcessor(IReadOnlyList<IPass> passes, PassOptions options)
        : this(passes, options, PassRegistry.CreateAll().OfType<ISecretSource>().ToList())
    {
    }

    public const string InternalErrorId = "internal";
    public const string ReadErrorId = "read";

    public TemplateResult Process(TemplateFolder template)
    {
        var findings = new List<Finding>();
        var secrets = new SecretRegistry();
        if (!TryRead(template.ComposePath, findings, out var compose))
        {
            return new TemplateResult(template, null, null, null, null, findings, secrets);
        }

        var composeParse = YamlSyntaxParser.Parse(compose.Text, template.ComposePath);
        findings.AddRange(composeParse.Diagnostics);
        if (!composeParse.IsEditable)
        {
            return new TemplateResult(template, compose, null, null, null, findings, secrets);
        }

        SourceFile? toml = null;
        if (template.HasToml && !TryRead(template.TomlPath, findings, out toml))
        {
            return new TemplateResult(template, compose, null, null, null, findings, secrets);
        }

        var composeModel = ComposeFile.From(composeParse.Document!);
        if (composeModel.Problems.Count > 0)
        {
            var lines = composeParse.Document!.Lines;
            findings.AddRange(composeModel.Problems.Select(problem =>
                new Finding(ComposeFile.StructureErrorId, Severity.Error, template.ComposePath, lines.GetPosition(problem.Offset), problem.Message, Fixable: false)));
            return new TemplateResult(template, compose, null, null, null, findings, secrets);
        }

        var state = new TemplateState(template, compose, composeParse.Document!, toml);
        findings.AddRange(state.TomlDiagnostics);
        var originalSecrets = LocateSecrets(composeModel, state.EditableToml, secrets);

        findings.AddRange(WarnAboutSymbolicLinks(template));
        foreach (var pass in passes)
        {
            RunPass(pass, state, findings, secrets);
        }

        var updatedSecrets = LocateSecrets(ComposeFile.From(state.ComposeSyntax), state.EditableToml, secrets);
        var masks = new SecretMasks(originalSecrets, updatedSecrets);
        return new TemplateResult(template, compose, state.ComposeFile, toml, state.TomlFile, findings, secrets) { Masks = masks };
    }

    private List<SecretLocation> LocateSecrets(ComposeFile compose, Template.TemplateToml? toml, SecretRegistry secrets) =>
        secretSources.SelectMany(source => source.LocateSecrets(compose, toml, secrets)).ToList();

    private void RunPass(IPass pass, TemplateState state, List<Finding> findings, SecretRegistry secrets)
    {
        var compose = ComposeFile.From(state.ComposeSyntax);
        var context = new PassContext(state.Template, pass.Descriptor, compose, state.TomlFile?.Text, state.EditableToml, options, secrets);
        try
        {
            pass.Run(context);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            findings.Add(InternalError(state.Template.ComposePath, $"pass '{pass.Descriptor.Id}' failed and changed nothing: {exception.GetType().Name}: {secrets.MaskIn(exception.Message)}"));
            return;
        }

        // Findings are placed before the edits move the text under them.
        var located = context.Findings.Select(state.Locate)
            .OrderBy(finding => finding.FilePath, StringComparer.Ordinal)
            .ThenBy(finding => finding.Position.Line)
            .ThenBy(finding => finding.Position.Column)
            .ToList();
        var editsApplied = false;
        if (context.Edits.Count > 0 && !(editsApplied = state.TryApply(context.Edits, out var problem)))
        {
            findings.Add(InternalError(state.Template.ComposePath, $"pass '{pass.Descriptor.Id}' offered edits that were not applied: {secrets.MaskIn(problem)}"));
        }

        foreach (var finding in located)
        {
            findings.Add(finding.Fixed && !editsApplied ? finding with { Fixed = false } : finding);
        }
    }

    private static bool TryRead(string path, List<Finding> findings, out SourceFile file)
    {
        try
        {
            file = SourceFile.Read(path);
            return true;
        }
        catch (InvalidEncodingException exception)
        {
            findings.Add(new Finding(ReadErrorId, Severity.Error, path, exception.Position, exception.Message, Fixable: false));
            file = null!;
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            findings.Add(new Finding(ReadErrorId, Severity.Error, path, Finding.NoPosition, $"cannot read the file: {exception.Message}", Fixable: false));
            file = null!;
            return false;
        }
    }

    /// <summary>Warns up front that --write will refuse a file that is a symbolic link, so a dry run does not promise a change it cannot make.</summary>
    private static IEnumerable<Finding> WarnAboutSymbolicLinks(TemplateFolder template)
    {
        if (new DirectoryInfo(template.Directory).LinkTarget is { } folderTarget)
        {
            yield return new Finding(TemplateWriter.WriteErrorId, Severity.Warning, template.Directory, Finding.NoPosition,
                $"the template folder is a symbolic link (to {folderTarget}); --write does not write through links, so run it on the folder itself", Fixable: false);
        }

        foreach (var path in new[] { template.ComposePath, template.TomlPath })
        {
            if (File.Exists(path) && new FileInfo(path).LinkTarget is { } target)
            {
                yield return new Finding(TemplateWriter.WriteErrorId, Severity.Warning, path, Finding.NoPosition,
                    $"the file is a symbolic link (to {target}); --write does not write through links, so replace it with the file itself to apply changes", Fixable: false);
            }
        }
    }

    private static Finding InternalError(string path, string message) =>
        new(InternalErrorId, Severity.Error, path, Finding.NoPosition, message, Fixable: false);
}
