using Hardener.Text;

namespace Hardener.Diagnostics;

/// <summary>
/// One problem found in a template: which rule, where, and whether the tool fixed it.
/// Messages never contain a secret's value.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string FilePath,
    LinePosition Position,
    string Message,
    bool Fixable,
    bool Fixed = false)
{
    /// <summary>Formats the finding as <c>path(line,col): severity RULE-ID: message</c>, which terminals and CI logs turn into links.</summary>
    public override string ToString() =>
        $"{FilePath}({Position.Line},{Position.Column}): {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
