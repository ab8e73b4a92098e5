using Hardener.Text;

namespace Hardener.Compose.Interpolation;

/// <summary>
/// One piece of a compose string value. Every span is an offset range into the whole value
/// that was parsed, also for parts nested inside a default or alternative.
/// </summary>
public abstract record InterpolationPart(TextSpan Span);

/// <summary>Text that compose passes through unchanged.</summary>
public sealed record LiteralPart(TextSpan Span, string Text) : InterpolationPart(Span);

/// <summary>A <c>$$</c>, which compose turns into one literal <c>$</c> and never reads as a variable.</summary>
public sealed record EscapedDollarPart(TextSpan Span) : InterpolationPart(Span);

/// <summary>
/// A variable reference: <c>$NAME</c>, <c>${NAME}</c> or <c>${NAME op operand}</c>.
/// </summary>
/// <param name="Span">The whole reference, from <c>$</c> to the closing brace.</param>
/// <param name="Name">The variable name, as written.</param>
/// <param name="NameSpan">Where the name sits in the value.</param>
/// <param name="IsBraced">True for <c>${…}</c>, false for <c>$NAME</c>.</param>
/// <param name="Operator">The modifier between name and operand.</param>
/// <param name="Operand">
/// The default, error message or alternative, parsed in turn; null when <see cref="Operator"/> is <see cref="VariableOperator.None"/>.
/// </param>
public sealed record VariablePart(
    TextSpan Span,
    string Name,
    TextSpan NameSpan,
    bool IsBraced,
    VariableOperator Operator,
    InterpolatedString? Operand) : InterpolationPart(Span);
