namespace Hardener.Compose.Interpolation;

/// <summary>Thrown when a compose value holds a <c>${</c> that compose would reject as an invalid template.</summary>
public sealed class InterpolationException(string message, int offset) : FormatException(message)
{
    /// <summary>The 0-based UTF-16 offset of the <c>$</c> that starts the invalid reference.</summary>
    public int Offset { get; } = offset;
}
