namespace Hardener.Syntax.Toml;

/// <summary>The kind of string a TOML value is written as. The name differs from Tomlyn.TomlStringStyle to avoid a clash.</summary>
public enum TomlStringKind
{
    /// <summary>Not a string: an integer, boolean, array, inline table or date.</summary>
    NotString,

    /// <summary>A basic string in double quotes, with backslash escapes.</summary>
    Basic,

    /// <summary>A literal string in single quotes, without escapes.</summary>
    Literal,

    /// <summary>A multi-line basic string in triple double quotes.</summary>
    MultiLineBasic,

    /// <summary>A multi-line literal string in triple single quotes.</summary>
    MultiLineLiteral,
}
