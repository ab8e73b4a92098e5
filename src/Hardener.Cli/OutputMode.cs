namespace Hardener.Cli;

/// <summary>What a run does with the changes it computes.</summary>
internal enum OutputMode
{
    DryRun,
    Write,
    Check,
}
