using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>A shell word: its text without quotes, the span of that text, and whether it was quoted.</summary>
internal sealed record ShellToken(string Text, TextSpan Span, bool Quoted);
