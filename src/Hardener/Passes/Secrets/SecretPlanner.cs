using Hardener.Passes.Secrets.Detection;
using Hardener.Template;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Groups sites by literal, so one value shared by several places becomes one variable, and names each
/// group's variables and generator. Names avoid every variable the template already uses.
/// </summary>
internal static class SecretPlanner
{
    /// <param name="env">The config.env entries, so a literal [variables] entry keeps the env key that refers to it.</param>
    public static IReadOnlyList<SecretGroup> Plan(IReadOnlyList<SecretSite> sites, IEnumerable<string> takenNames, IReadOnlySet<string> tomlVariableNames, IReadOnlyList<EnvEntry>? env = null)
    {
        var namer = new SecretVariableNamer(takenNames);
        var groups = new List<SecretGroup>();

        // A pass-through entry joins the literal that config.env gives its key; otherwise it stands for its own variable.
        var tomlLiterals = sites
            .Where(site => site.Kind == SecretSiteKind.TomlEnvValue && site.ExistingVariable is not null)
            .GroupBy(site => site.ExistingVariable!)
            .ToDictionary(group => group.Key, group => group.First().Literal, StringComparer.Ordinal);
        // Defaults shared by different variables (${ROOT_PASSWORD:-x} and ${USER_PASSWORD:-x}) stay apart,
        // so removing the default does not merge a root password into a user's.
        var sharedDefaults = sites
            .Where(site => site.Kind == SecretSiteKind.InterpolationDefault)
            .GroupBy(site => site.Literal)
            .Where(group => group.Select(site => site.ExistingVariable).Distinct().Count() > 1)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var group in sites.GroupBy(site => GroupKey(site, tomlLiterals, sharedDefaults)))
        {
            var members = group.ToList();
            var name = ChooseName(members, namer, tomlVariableNames, env ?? []);

            // A server's own password decides: a client that names it like an outside credential does not make it one.
            var kind = members.Where(site => site.SecretKind != SecretKind.ExternalCredential).OrderBy(NamingRank).FirstOrDefault()?.SecretKind
                ?? SecretKind.ExternalCredential;
            var insideUrl = members.Any(site => site.IsInsideUrl);
            // A pass-through entry has no literal, so the shape comes from the config.env value it joined, if any.
            var literal = members.FirstOrDefault(site => site.Literal.Length > 0)?.Literal ?? "";
            var generator = GeneratorChooser.Choose(kind, literal.Length == 0 ? null : literal, insideUrl);
            groups.Add(new SecretGroup(literal, members, name, generator));
        }

        return groups;
    }

    private static string GroupKey(SecretSite site, Dictionary<string, string> tomlLiterals, HashSet<string> sharedDefaults)
    {
        if (site.Kind == SecretSiteKind.InterpolationDefault && sharedDefaults.Contains(site.Literal))
        {
            return $"{site.Literal}\0{site.ExistingVariable}";
        }

        if (site.Kind != SecretSiteKind.PassThrough)
        {
            // A placeholder such as "changeme" is shared by chance, so a JWT secret and a session secret
            // that both say it stay apart; a password and the URL that carries it still share one variable.
            return SecretValueClassifier.IsPlaceholder(site.Literal) ? $"{site.Literal}\0{site.SecretKind}" : site.Literal;
        }

        return tomlLiterals.TryGetValue(site.ExistingVariable!, out var literal) ? literal : "\0" + site.ExistingVariable;
    }

    /// <summary>
    /// Names the group after the variable it already has, if any (a pass-through entry, an interpolation
    /// default, a config.env key), else after its most telling site: a server's own setting such as
    /// POSTGRES_PASSWORD names the secret better than the client URL that carries a copy.
    /// </summary>
    private static SecretVariableName ChooseName(List<SecretSite> members, SecretVariableNamer namer, IReadOnlySet<string> tomlVariableNames, IReadOnlyList<EnvEntry> env)
    {
        // A literal [variables] entry keeps its name, and the env key that already refers to it.
        if (members.FirstOrDefault(site => site.TomlVariable is not null)?.TomlVariable is { } variable)
        {
            var reference = $"${{{variable.Name}}}";
            var composeName = env.FirstOrDefault(entry => entry.Value == reference)?.Key ?? namer.NameForKey(variable.Name).ComposeName;
            return new SecretVariableName(composeName, variable.Name, SecretDescriber.Describe(composeName));
        }

        var existing = members.FirstOrDefault(site => site.Kind == SecretSiteKind.TomlEnvValue && site.ExistingVariable is not null)
            ?? members.FirstOrDefault(site => site.ExistingVariable is not null);
        if (existing is not null)
        {
            return namer.NameForDefinedVariable(existing.ExistingVariable!, tomlVariableNames);
        }

        var first = members.OrderBy(NamingRank).First();
        return first.Kind switch
        {
            SecretSiteKind.CommandArgument => namer.NameForArgument(first.Service ?? "", first.SecretKind),
            SecretSiteKind.UrlPassword => namer.NameForUrlPassword(first.Key),
            SecretSiteKind.TomlEnvValue => namer.NameForUrlPassword(first.Key),
            _ => namer.NameForKey(first.Key),
        };
    }

    /// <summary>Ranks sites for naming; a stable sort keeps file order within a rank.</summary>
    private static int NamingRank(SecretSite site) => site.Kind switch
    {
        SecretSiteKind.EnvironmentValue or SecretSiteKind.InterpolationDefault => 0,
        SecretSiteKind.CommandArgument or SecretSiteKind.UrlPassword or SecretSiteKind.TomlEnvValue => 1,
        _ => 2,
    };

    /// <summary>Returns every name the template already uses: compose variables, template.toml variables and env keys.</summary>
    public static IEnumerable<string> TakenNames(Compose.ComposeFile compose, TemplateToml? toml)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        ComposeVariableNames.Collect(compose.Syntax.Root, names);
        if (toml is not null)
        {
            names.UnionWith(toml.DefinedNames);
        }

        return names;
    }
}
