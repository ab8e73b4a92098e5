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
    /// <summary>No place inside the file: the finding is about the path itself (not found, not readable).</summary>
    public static readonly LinePosition NoPosition = new(0, 0);

    /// <summary>Formats the finding as <c>path(line,col): severity RULE-ID: message</c>, which terminals and CI logs turn into links.</summary>
    public override string ToString()
    {
        var location = Position.Line > 0 ? $"({Position.Line},{Position.Column})" : "";
        return $"{FilePath}{location}: {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
    }
}
