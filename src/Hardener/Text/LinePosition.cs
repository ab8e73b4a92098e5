namespace Hardener.Text;

/// <summary>A 1-based line and column, as editors and compilers print them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line},{Column}";
}
