using Hardener.Cli;

namespace Hardener.Tests.Support;

/// <summary>Runs the harden command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(string baseDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = HardenCommand.Invoke(args, output, error, baseDirectory);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
