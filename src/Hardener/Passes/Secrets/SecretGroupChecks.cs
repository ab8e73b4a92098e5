using Hardener.Template;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Finds groups that must not be rewritten, because the other side of the secret is out of reach:
/// changing the sites the pass can see would leave the two sides disagreeing.
/// </summary>
internal static class SecretGroupChecks
{
    /// <summary>Returns why the group is left as it is, or null when it can be rewritten.</summary>
    public static string? FindReasonToKeep(SecretGroup group, TemplateToml toml)
    {
        if (group.Literal.Length > 0 && toml.Mounts.FirstOrDefault(mount => mount.Content?.Contains(group.Literal, StringComparison.Ordinal) == true) is { } mount)
        {
            return $"the same value is written in the mounted file '{mount.FilePath}', which would keep the old one; change both together by hand";
        }

        var onlyClients = group.Sites.All(site => site.Kind is SecretSiteKind.UrlPassword or SecretSiteKind.RepeatedValue);
        if (!group.IsUserInput && onlyClients)
        {
            return "only clients use this value here, and no server setting in this template has the same value (the server may take its password "
                + "from a built-in default or a file, or the template's passwords already disagree), so changing the clients alone would lock them out. "
                + "Set the server's password from a variable, make the clients use the same one, and run again";
        }

        return null;
    }
}
