namespace Hardener.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
