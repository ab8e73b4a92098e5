namespace Hardener.Text;

/// <summary>Thrown when two edits offered against one text overlap, which would make the result depend on their order.</summary>
public sealed class EditConflictException(TextEdit first, TextEdit second)
    : Exception($"Edits overlap: {first.Span} and {second.Span}.")
{
    public TextEdit First { get; } = first;

    public TextEdit Second { get; } = second;
}
