using System.CommandLine;
using Hardener.Passes;
using Hardener.Presentation;

namespace Hardener.Cli;

/// <summary>The <c>harden</c> command line: its options, their parsing and the usage errors.</summary>
internal static class HardenCommand
{
    public static int Invoke(string[] args, TextWriter output, TextWriter error) =>
        Invoke(args, output, error, Directory.GetCurrentDirectory());

    /// <param name="baseDirectory">The folder that relative paths on the command line and in the output start from.</param>
    public static int Invoke(string[] args, TextWriter output, TextWriter error, string baseDirectory)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "A template folder, a compose file, or a folder whose subfolders are templates (default: the current folder).",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as unified diffs and write nothing (the default)." };
        var write = new Option<bool>("--write") { Description = "Apply the changes in place, each template's files together and atomically." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit with 1 when any template would change (for CI)." };
        var only = new Option<string[]>("--only") { Description = "Run only these passes (comma-separated ids)." };
        var skip = new Option<string[]>("--skip") { Description = "Skip these passes (comma-separated ids)." };
        var pins = new Option<string?>("--pins") { Description = "A TOML file of \"repository\" = \"tag\" lines that pin-images uses first.", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "diff: unified diffs on stdout; json: per template its files changed and findings.", DefaultValueFactory = _ => "diff", HelpName = "diff|json" };
        format.AcceptOnlyFromAmong("diff", "json");
        var listPasses = new Option<bool>("--list-passes") { Description = "Print every pass with its id, category, severity and what it does, as Markdown, and exit." };
        var createToml = new Option<bool>("--create-template-toml") { Description = "Write a minimal template.toml where a template has none, so generated secrets have a home." };

        var root = new RootCommand("Reviews and hardens Dokploy templates (docker-compose.yml and template.toml) in place.\nPasses: " + string.Join(", ", PassRegistry.CreateAll().Select(pass => pass.Descriptor.Id)) + ".")
        {
            paths, dryRun, write, check, only, skip, pins, format, createToml, listPasses,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"harden: error: {parseError.Message}");
            }

            error.WriteLine("Run 'harden --help' for usage.");
            return ExitCodes.Error;
        }

        if (parse.Action is not null && parse.CommandResult.Command == root && args.Any(arg => arg is "-h" or "--help" or "-?" or "--version"))
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        if (parse.GetValue(listPasses))
        {
            output.Write(PassCatalogWriter.WriteMarkdown(PassRegistry.CreateAll()));
            return ExitCodes.Success;
        }

        var unknownOption = (parse.GetValue(paths) ?? []).FirstOrDefault(path => path.StartsWith('-') && !Path.Exists(Path.GetFullPath(path, baseDirectory)));
        if (unknownOption is not null)
        {
            error.WriteLine($"harden: error: unknown option '{unknownOption}'. Run 'harden --help' for usage.");
            return ExitCodes.Error;
        }

        var modes = new[] { parse.GetValue(dryRun), parse.GetValue(write), parse.GetValue(check) }.Count(set => set);
        if (modes > 1)
        {
            error.WriteLine("harden: error: --dry-run, --write and --check exclude each other; pass one of them.");
            return ExitCodes.Error;
        }

        var settings = new RunSettings(
            Paths: (parse.GetValue(paths) is { Length: > 0 } given ? given : ["."]).Select(path => Path.GetFullPath(path, baseDirectory)).ToList(),
            Mode: parse.GetValue(write) ? OutputMode.Write : parse.GetValue(check) ? OutputMode.Check : OutputMode.DryRun,
            Only: SplitIds(parse.GetValue(only)),
            Skip: SplitIds(parse.GetValue(skip)),
            PinsPath: parse.GetValue(pins),
            Format: parse.GetValue(format) ?? "diff",
            CreateTemplateToml: parse.GetValue(createToml),
            BaseDirectory: baseDirectory,
            Color: output == Console.Out && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
        return new HardenRunner(settings, output, error).Run();
    }

    private static List<string> SplitIds(string[]? values) =>
        (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
