using Hardener.Compose;
using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Yaml;
using Hardener.Template;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Finds groups that must not be rewritten, because the other side of the secret is out of reach:
/// changing the sites the pass can see would leave the two sides disagreeing.
/// </summary>
internal static class SecretGroupChecks
{
    // Shorter literals are ordinary words too often to be found inside a larger text with any confidence.
    private const int MinimumSearchedLength = 4;

    /// <summary>Returns why the group is left as it is, or null when it can be rewritten.</summary>
    public static string? FindReasonToKeep(SecretGroup group, ComposeFile compose, TemplateToml toml)
    {
        if (group.Literal.Length > 0 && toml.Mounts.FirstOrDefault(mount => mount.Content?.Contains(group.Literal, StringComparison.Ordinal) == true) is { } mount)
        {
            return $"the same value is written in the mounted file '{mount.FilePath}', which would keep the old one; change both together by hand";
        }

        // A lone site in a block scalar is reported by the rewriter with the exact replacement to make.
        if (group.Sites.Count > 1 && group.Sites.FirstOrDefault(site => site.Scalar is not null && !YamlScalarEditor.CanEdit(site.Scalar)) is { } fixedSite)
        {
            return $"one of its uses, {fixedSite.Label}, is a multi-line value that cannot be edited in place; change all its uses together by hand";
        }

        if (group.Literal.Length >= MinimumSearchedLength && FindInMultiLineValue(compose, group) is { } embedding)
        {
            return $"the same value is written in {embedding}, a configuration embedded in a multi-line value, which would keep the old one; change both together by hand";
        }

        var onlyClients = group.Sites.All(site => site.Kind is SecretSiteKind.UrlPassword or SecretSiteKind.RepeatedValue);
        if (!group.IsUserInput && onlyClients)
        {
            return "only clients use this value here, and no server setting in this template has the same value (the server may take its password "
                + "from a built-in default or a file, or the template's passwords already disagree), so changing the clients alone would lock them out. "
                + "Set the server's password from a variable, make the clients use the same one, and run again";
        }

        if (!group.IsUserInput && group.Sites.Count == 1 && FindClientWithEnvFile(compose, group.First) is { } client)
        {
            return $"service '{client}' depends on it and reads settings from env_file, which may carry the old password or rely on the app's built-in default; set both from one variable by hand";
        }

        if (group.IsUserInput && group.Sites.Any(site => site.TomlVariable is not null))
        {
            return "a [variables] entry is shared by everything that refers to it, and an outside credential there may belong to a server bundled in the template; "
                + "empty it for the user to fill, or generate it, by hand";
        }

        return null;
    }

    /// <summary>Returns where a group's literal also sits inside a block scalar that is not one of its sites.</summary>
    private static string? FindInMultiLineValue(ComposeFile compose, SecretGroup group)
    {
        foreach (var service in compose.Services)
        {
            foreach (var variable in service.Environment)
            {
                var isSite = group.Sites.Any(site => ReferenceEquals(site.Scalar, variable.Node));
                if (!isSite && variable.Node.IsBlock && variable.Value?.Contains(group.Literal, StringComparison.Ordinal) == true)
                {
                    return $"service '{service.Name}' {variable.Key}";
                }
            }
        }

        return null;
    }

    /// <summary>Returns a service that depends on the site's service and takes its settings from an env_file.</summary>
    private static string? FindClientWithEnvFile(ComposeFile compose, SecretSite site)
    {
        if (site.Service is null || site.SecretKind != SecretKind.Password)
        {
            return null;
        }

        foreach (var service in compose.Services.Where(service => service.Name != site.Service))
        {
            var dependsOnServer = service.Get("depends_on") switch
            {
                YamlSequenceSyntax list => list.Items.OfType<YamlScalarSyntax>().Any(item => item.Value == site.Service),
                YamlMappingSyntax map => map.FindEntry(site.Service) is not null,
                _ => false,
            };
            if (dependsOnServer && service.Get("env_file") is not null)
            {
                return service.Name;
            }
        }

        return null;
    }
}
