namespace Hardener.Cli;

/// <summary>The exit codes scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing to change, or every change was written.</summary>
    public const int Success = 0;

    /// <summary>With --check: at least one template would change.</summary>
    public const int ChangesPending = 1;

    /// <summary>A usage error, or a template that could not be read, parsed or written.</summary>
    public const int Error = 2;
}
