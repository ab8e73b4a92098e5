using System.Text;
using Hardener.Text;

namespace Hardener.Compose.Interpolation;

/// <summary>
/// A parsed compose value, or the parsed operand of a variable reference inside one.
/// </summary>
public sealed class InterpolatedString(string source, TextSpan span, IReadOnlyList<InterpolationPart> parts)
{
    /// <summary>The whole value that was parsed. Every span indexes into it.</summary>
    public string Source { get; } = source;

    /// <summary>The range this sequence covers: all of <see cref="Source"/>, or an operand.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The parts in order. Adjacent literal text forms one part.</summary>
    public IReadOnlyList<InterpolationPart> Parts { get; } = parts;

    /// <summary>The text this sequence covers, as written.</summary>
    public string Text => Source[Span.Start..Span.End];

    /// <summary>True when compose substitutes at least one variable here.</summary>
    public bool HasVariables => Parts.Any(part => part is VariablePart);

    /// <summary>
    /// True when the value is one variable reference and nothing else, such as <c>${X}</c>, <c>$X</c> or <c>${X:-d}</c>.
    /// </summary>
    public bool IsSingleVariable => Parts.Count == 1 && Parts[0] is VariablePart;

    /// <summary>The top-level literal text, with spans. Text inside a default or alternative is not included.</summary>
    public IReadOnlyList<LiteralPart> LiteralSegments => Parts.OfType<LiteralPart>().ToList();

    /// <summary>Every variable reference, depth first, including those nested in operands.</summary>
    public IReadOnlyList<VariablePart> Variables
    {
        get
        {
            var found = new List<VariablePart>();
            CollectVariables(this, found);
            return found;
        }
    }

    /// <summary>The distinct names referenced anywhere in the value, in order of first appearance.</summary>
    public IReadOnlyList<string> VariableNames => Variables.Select(variable => variable.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The text compose delivers when the value has no variables with each <c>$$</c> turned into <c>$</c>, or null when it has variables.
    /// </summary>
    public string? LiteralValue
    {
        get
        {
            if (HasVariables)
            {
                return null;
            }

            var builder = new StringBuilder();
            foreach (var part in Parts)
            {
                builder.Append(part is LiteralPart literal ? literal.Text : "$");
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// Unbraced references whose name contains a lowercase letter, such as <c>$word</c> in <c>pa55$word</c>.
    /// Compose replaces them (usually with an empty string), so the app receives <c>pa55</c>.
    /// </summary>
    /// <remarks>
    /// Compose variables are upper case by convention, so a lowercase unbraced name most likely was meant
    /// as a literal <c>$</c> and needs <c>$$</c>. NOTE: an all-uppercase accident such as <c>pa55$WORD</c> is not reported.
    /// </remarks>
    public IReadOnlyList<VariablePart> SuspectedLiteralDollars =>
        Variables.Where(variable => !variable.IsBraced && variable.Name.Any(char.IsAsciiLetterLower)).ToList();

    private static void CollectVariables(InterpolatedString sequence, List<VariablePart> found)
    {
        foreach (var variable in sequence.Parts.OfType<VariablePart>())
        {
            found.Add(variable);
            if (variable.Operand is not null)
            {
                CollectVariables(variable.Operand, found);
            }
        }
    }
}
