using System.Diagnostics;
using System.Text.RegularExpressions;
using Hardener.Compose;
using Hardener.Passes.Secrets;
using Hardener.Syntax.Yaml;
using Hardener.Template;
using Hardener.Tests.Support;

namespace Hardener.Tests.Corpus;

/// <summary>
/// Runs the secrets pass with --write over a copy of the real template corpus and checks what it wrote.
/// Both files parse, a second run changes nothing and no fixable literal secret remains. Every variable
/// the pass added to a compose file is set in template.toml's env.
/// </summary>
public sealed partial class SecretsCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void WriteLeavesCorpusWiredAndStable()
    {
        var templates = RepositoryPaths.CorpusTemplatesOrSkip();
        using var temporary = new TemporaryFolder();
        var corpus = temporary.CopyFrom(RepositoryPaths.Corpus, "corpus");
        var originals = templates.Select(folder => Path.GetFileName(folder)!).ToDictionary(name => name, name => ReadTemplate(Path.Combine(corpus, name)), StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();

        var write = CliRun.Invoke(corpus, "--write", "--only", "secrets", corpus);
        var writeTime = stopwatch.Elapsed;
        var check = CliRun.Invoke(corpus, "--check", "--only", "secrets", corpus);

        Assert.Equal(0, write.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Output);

        var problems = new List<string>();
        var changed = 0;
        var introduced = 0;
        foreach (var (name, original) in originals)
        {
            var folder = Path.Combine(corpus, name);
            var current = ReadTemplate(folder);
            if (current == original)
            {
                CheckUnchangedTemplate(name, current, problems);
                continue;
            }

            changed++;
            introduced += CheckTemplate(name, original, current, problems);
        }

        // Counts and template names only: a corpus value may be a real secret, so none is printed.
        output.WriteLine($"{templates.Count} templates, {changed} changed, {introduced} compose variables introduced, write took {writeTime.TotalMilliseconds:F0} ms");
        output.WriteLine(write.Error.Split('\n').LastOrDefault(line => line.StartsWith("harden:", StringComparison.Ordinal)) ?? "");
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(problems);
        Assert.True(changed > 0, "The pass changed no template of the corpus, so the sweep checked nothing.");
    }

    /// <summary>Checks one changed template and returns how many compose variables the pass introduced.</summary>
    private static int CheckTemplate(string name, (string Compose, string? Toml) original, (string Compose, string? Toml) current, List<string> problems)
    {
        var composeParse = YamlSyntaxParser.Parse(current.Compose.TrimStart('\uFEFF'), "docker-compose.yml");
        if (!composeParse.IsEditable)
        {
            problems.Add($"{name}: the written compose file does not parse");
            return 0;
        }

        if (current.Toml is null)
        {
            problems.Add($"{name}: the compose file changed but there is no template.toml to define its variables");
            return 0;
        }

        var toml = TemplateToml.Parse(current.Toml.TrimStart('\uFEFF'), "template.toml");
        if (toml.HasErrors)
        {
            problems.Add($"{name}: the written template.toml does not parse");
            return 0;
        }

        CheckNoFixableSecret(name, ComposeFile.From(composeParse.Document!), toml, problems);

        var variables = toml.Variables.Select(variable => variable.Name).ToHashSet(StringComparer.Ordinal);
        var originalEnvKeys = original.Toml is null
            ? []
            : TemplateToml.Parse(original.Toml.TrimStart('\uFEFF'), "template.toml").Env.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);
        var before = RequiredNames(original.Compose);
        var added = RequiredNames(current.Compose).Except(before).ToList();
        foreach (var variable in added)
        {
            var entry = toml.Env.FirstOrDefault(entry => entry.Key == variable);
            if (entry is null)
            {
                problems.Add($"{name}: {variable} is required by the compose file but template.toml's env does not set it");
                continue;
            }

            // An entry the template had already may call a Dokploy helper itself, as in "${password:64}".
            var reference = TomlReference().Match(entry.Value);
            var isWired = entry.Value.Length == 0 || (reference.Success && variables.Contains(reference.Groups["name"].Value))
                || (originalEnvKeys.Contains(variable) && HelperCall().IsMatch(entry.Value));
            if (!isWired)
            {
                problems.Add($"{name}: env {variable} is neither empty nor ${{var}} with var in [variables]");
            }
        }

        return added.Count;
    }

    /// <summary>
    /// Checks a template the pass left alone. It may hold literal secrets only where template.toml is
    /// missing or broken, or in block scalars.
    /// </summary>
    private static void CheckUnchangedTemplate(string name, (string Compose, string? Toml) current, List<string> problems)
    {
        var composeParse = YamlSyntaxParser.Parse(current.Compose.TrimStart('\uFEFF'), "docker-compose.yml");
        var toml = current.Toml is null ? null : TemplateToml.Parse(current.Toml.TrimStart('\uFEFF'), "template.toml");
        if (composeParse.IsEditable && toml is { HasErrors: false })
        {
            CheckNoFixableSecret(name, ComposeFile.From(composeParse.Document!), toml, problems);
        }
    }

    /// <summary>
    /// Runs the scanners again and reports every literal secret the pass could have replaced: sites in
    /// editable scalars, less the groups the pass keeps on purpose (their other side is out of its reach).
    /// </summary>
    private static void CheckNoFixableSecret(string name, ComposeFile compose, TemplateToml toml, List<string> problems)
    {
        var sites = SecretsPass.FindSites(ComposeSecretScanner.Scan(compose), compose, toml)
            .Where(site => site.Scalar is null || YamlScalarEditor.CanEdit(site.Scalar))
            .ToList();
        var variableNames = toml.Variables.Select(variable => variable.Name).ToHashSet(StringComparer.Ordinal);
        var groups = SecretPlanner.Plan(sites, SecretPlanner.TakenNames(compose, toml), variableNames);
        var remaining = groups.Where(group => SecretGroupChecks.FindReasonToKeep(group, compose, toml) is null).SelectMany(group => group.Sites).ToList();
        if (remaining.Count > 0)
        {
            problems.Add($"{name}: {remaining.Count} literal secrets remain, at {string.Join(", ", remaining.Select(site => site.Label))}");
        }
    }

    private static (string Compose, string? Toml) ReadTemplate(string folder)
    {
        var tomlPath = Path.Combine(folder, "template.toml");
        var toml = File.Exists(tomlPath) ? File.ReadAllText(tomlPath) : null;
        return (File.ReadAllText(Path.Combine(folder, "docker-compose.yml")), toml);
    }

    private static HashSet<string> RequiredNames(string compose) =>
        RequiredReference().Matches(compose).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*):\?")]
    private static partial Regex RequiredReference();

    [GeneratedRegex(@"^\$\{(?<name>[A-Za-z0-9_-]+)\}$")]
    private static partial Regex TomlReference();

    [GeneratedRegex(@"^\$\{(password|base64|hash|uuid|jwt)(:[^}]*)?\}$")]
    private static partial Regex HelperCall();
}
