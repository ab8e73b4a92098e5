using Hardener.Diagnostics;
using Hardener.Engine;

namespace Hardener.Passes;

/// <summary>A finding whose place is still an offset into the text the pass saw.</summary>
internal sealed record PendingFinding(string RuleId, Severity Severity, TemplateFileKind File, int Offset, string Message, bool Fixable, bool Fixed);
