using Hardener.Diagnostics;
using Hardener.Engine;

namespace Hardener.Cli;

/// <summary>The one-line summary printed on stderr at the end of a run.</summary>
internal static class RunSummary
{
    public static string Describe(IReadOnlyList<TemplateResult> results, IReadOnlyList<Finding> runErrors, OutputMode mode)
    {
        var changed = results.Count(result => result.HasChanges);
        var findings = results.Sum(result => result.Findings.Count);
        var fixedCount = results.Sum(result => result.Findings.Count(finding => finding.Fixed));
        var failed = results.Count(result => result.Failed) + runErrors.Count;
        var changeState = mode switch
        {
            OutputMode.Write => "written",
            OutputMode.Check => "would change",
            _ => "with changes (dry run, nothing written)",
        };
        var fixedState = mode == OutputMode.Write ? "fixed" : "with a fix";
        return $"harden: {Plural(results.Count, "template")}, {changed} {changeState}, {Plural(findings, "finding")} ({fixedCount} {fixedState}), {failed} not processed";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
