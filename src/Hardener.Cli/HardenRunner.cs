using Hardener.Compose;
using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Passes;
using Hardener.Passes.PinImages;
using Hardener.Presentation;
using Hardener.Syntax.Yaml;

namespace Hardener.Cli;

/// <summary>
/// Carries out one run: finds the templates, processes each (a bad one does not stop the others),
/// prints diffs or JSON on stdout and findings and a summary on stderr, and writes when asked.
/// </summary>
internal sealed class HardenRunner(RunSettings settings, TextWriter output, TextWriter error)
{
    private readonly string _baseDirectory = settings.BaseDirectory;

    public int Run()
    {
        var passes = PassRegistry.Select(settings.Only, settings.Skip, out var unknownIds);
        if (unknownIds.Count > 0)
        {
            var known = string.Join(", ", PassRegistry.CreateAll().Select(pass => pass.Descriptor.Id));
            var noun = unknownIds.Count == 1 ? "id" : "ids";
            error.WriteLine($"harden: error: unknown pass {noun} '{string.Join("', '", unknownIds)}'; the passes are: {known}.");
            return ExitCodes.Error;
        }

        var runErrors = new List<Finding>();
        var pins = settings.PinsPath is null ? new Dictionary<string, string>() : PinsFile.Load(Path.GetFullPath(settings.PinsPath, _baseDirectory), runErrors);
        if (runErrors.Count > 0)
        {
            runErrors.ForEach(finding => error.WriteLine(FindingFormatter.Format(finding, _baseDirectory)));
            return ExitCodes.Error;
        }

        var templates = TemplateDiscovery.Discover(settings.Paths, runErrors);
        var options = new PassOptions { Pins = pins, BatchTags = CollectBatchTags(templates), CreateTemplateToml = settings.CreateTemplateToml };
        var processor = new TemplateProcessor(passes, options);

        // Templates are independent, so they are processed (and written) in parallel; AsOrdered keeps the output order stable.
        var results = templates
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(template => ProcessAndWrite(processor, template))
            .ToList();

        Report(results, runErrors);
        return ExitCode(results, runErrors);
    }

    private TemplateResult ProcessAndWrite(TemplateProcessor processor, TemplateFolder template)
    {
        var result = processor.Process(template);
        if (settings.Mode == OutputMode.Write && result.HasChanges && TemplateWriter.Write(result) is { } writeError)
        {
            // Nothing of the template was written, so nothing counts as fixed or changed.
            var unfixed = result.Findings.Select(finding => finding with { Fixed = false });
            result = result with { Findings = [.. unfixed, writeError], UpdatedCompose = null, UpdatedToml = null };
        }

        return result;
    }

    /// <summary>Collects the tags every template of the run pins; a run of one template has no others to learn from.</summary>
    private static BatchImageTags CollectBatchTags(IReadOnlyList<TemplateFolder> templates)
    {
        var tags = new BatchImageTags();
        if (templates.Count < 2)
        {
            return tags;
        }

        var composeFiles = templates
            .AsParallel()
            .AsOrdered()
            .Select(template => (template.Name, Compose: TryReadCompose(template)))
            .ToList();
        foreach (var (name, compose) in composeFiles)
        {
            if (compose is not null)
            {
                PinnedTagCollector.Collect(compose, name, tags);
            }
        }

        return tags;
    }

    private static ComposeFile? TryReadCompose(TemplateFolder template)
    {
        try
        {
            var parse = YamlSyntaxParser.Parse(SourceFile.Read(template.ComposePath).Text, template.ComposePath);
            return parse.IsEditable ? ComposeFile.From(parse.Document!) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The template's own processing reports why it cannot be read.
            return null;
        }
    }

    private void Report(IReadOnlyList<TemplateResult> results, IReadOnlyList<Finding> runErrors)
    {
        if (settings.Format == "json")
        {
            output.Write(JsonReport.Write(results, runErrors, _baseDirectory));
        }
        else
        {
            foreach (var result in results.Where(result => result.HasChanges))
            {
                WriteDiffs(result);
            }
        }

        // Diffs go out before the findings, so a terminal that shows both streams keeps them apart.
        output.Flush();
        foreach (var finding in runErrors)
        {
            error.WriteLine(FindingFormatter.Format(finding, _baseDirectory));
        }

        if (settings.Format != "json")
        {
            foreach (var result in results)
            {
                result.Findings.ToList().ForEach(finding => error.WriteLine(FindingFormatter.Format(finding, _baseDirectory, settings.Mode == OutputMode.Write)));
            }
        }

        error.WriteLine(RunSummary.Describe(results, runErrors, settings.Mode));
    }

    private void WriteDiffs(TemplateResult result)
    {
        if (result.ComposeChanged)
        {
            var path = DisplayPath.Relative(result.Template.ComposePath, _baseDirectory);
            var before = WithByteOrderMark(result.OriginalCompose!, result.Masks.MaskOriginal(TemplateFileKind.Compose, result.OriginalCompose!.Text));
            var after = WithByteOrderMark(result.UpdatedCompose!, result.Masks.MaskUpdated(TemplateFileKind.Compose, result.UpdatedCompose!.Text));
            output.Write(UnifiedDiffRenderer.Render(path, before, after, settings.Color));
        }

        if (result.TomlChanged)
        {
            var path = DisplayPath.Relative(result.Template.TomlPath, _baseDirectory);
            var before = result.OriginalToml is null ? null : WithByteOrderMark(result.OriginalToml, result.Masks.MaskOriginal(TemplateFileKind.TemplateToml, result.OriginalToml.Text));
            var after = WithByteOrderMark(result.UpdatedToml!, result.Masks.MaskUpdated(TemplateFileKind.TemplateToml, result.UpdatedToml!.Text));
            output.Write(UnifiedDiffRenderer.Render(path, before, after, settings.Color));
        }
    }

    /// <summary>Puts the byte order mark back in front of a masked text, since a diff of the file's bytes must show it.</summary>
    private static string WithByteOrderMark(SourceFile file, string maskedText) => file.HasByteOrderMark ? "\uFEFF" + maskedText : maskedText;

    private int ExitCode(IReadOnlyList<TemplateResult> results, IReadOnlyList<Finding> runErrors)
    {
        var anyError = runErrors.Count > 0 || results.Any(result => result.Failed || result.Findings.Any(IsProcessingError));
        if (anyError)
        {
            return ExitCodes.Error;
        }

        return settings.Mode == OutputMode.Check && results.Any(result => result.HasChanges) ? ExitCodes.ChangesPending : ExitCodes.Success;
    }

    /// <summary>
    /// Tells whether a finding means a pass or a write failed. Templates that could not be read or parsed
    /// are already <see cref="TemplateResult.Failed"/>; problems found in a template are not failures.
    /// </summary>
    private static bool IsProcessingError(Finding finding) =>
        finding.Severity == Severity.Error && finding.RuleId is TemplateProcessor.InternalErrorId or TemplateWriter.WriteErrorId;
}
