using Hardener.Diagnostics;
using Hardener.Passes;

namespace Hardener.Presentation;

/// <summary>Formats findings as <c>path(line,col): severity RULE-ID: message</c> lines with secrets masked.</summary>
public static class FindingFormatter
{
    public static string Format(Finding finding, string baseDirectory, SecretRegistry? secrets = null)
    {
        var message = secrets?.MaskIn(finding.Message) ?? finding.Message;
        var path = DisplayPath.Relative(finding.FilePath, baseDirectory);
        var state = finding.Fixed ? " [fixed]" : "";
        return $"{path}({finding.Position.Line},{finding.Position.Column}): {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {message}{state}";
    }
}
