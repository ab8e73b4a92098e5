namespace Hardener.Compose.Interpolation;

/// <summary>The modifier of a braced compose variable, as listed in the compose specification's interpolation chapter.</summary>
public enum VariableOperator
{
    /// <summary><c>${NAME}</c> or <c>$NAME</c>.</summary>
    None,

    /// <summary><c>${NAME:-default}</c>: the default when the variable is unset or empty.</summary>
    DefaultWhenUnsetOrEmpty,

    /// <summary><c>${NAME-default}</c>: the default when the variable is unset.</summary>
    DefaultWhenUnset,

    /// <summary><c>${NAME:?message}</c>: compose fails with the message when the variable is unset or empty.</summary>
    RequiredNonEmpty,

    /// <summary><c>${NAME?message}</c>: compose fails with the message when the variable is unset.</summary>
    Required,

    /// <summary><c>${NAME:+alternative}</c>: the alternative when the variable is set and not empty, else empty.</summary>
    AlternativeWhenNonEmpty,

    /// <summary><c>${NAME+alternative}</c>: the alternative when the variable is set, else empty.</summary>
    AlternativeWhenSet,
}
