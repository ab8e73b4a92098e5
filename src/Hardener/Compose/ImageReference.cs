namespace Hardener.Compose;

/// <summary>
/// A literal image reference split into its parts: <c>[registry[:port]/]path[:tag][@digest]</c>.
/// </summary>
public sealed record ImageReference(string? Registry, string Path, string? Tag, string? Digest)
{
    private static readonly string[] DockerHubHosts = ["docker.io", "index.docker.io", "registry-1.docker.io"];

    /// <summary>Tells whether the reference moves when its publisher pushes: no digest, and no tag or <c>latest</c>.</summary>
    public bool IsFloating => Digest is null && (Tag is null || Tag == "latest");

    /// <summary>
    /// The repository in one spelling for lookups: Docker Hub's host and its <c>library/</c> prefix are
    /// dropped, so <c>docker.io/library/postgres</c> and <c>postgres</c> are the same key.
    /// </summary>
    public string Repository
    {
        get
        {
            var path = Path;
            var isDockerHub = Registry is null || DockerHubHosts.Contains(Registry, StringComparer.OrdinalIgnoreCase);
            if (isDockerHub && path.StartsWith("library/", StringComparison.Ordinal))
            {
                path = path["library/".Length..];
            }

            return isDockerHub ? path.ToLowerInvariant() : $"{Registry!.ToLowerInvariant()}/{path.ToLowerInvariant()}";
        }
    }

    /// <summary>The offset in the reference where a tag separator belongs: after the path, before any digest.</summary>
    public int PathEnd => (Registry is null ? 0 : Registry.Length + 1) + Path.Length;

    /// <summary>Parses a reference without interpolation; returns null for an empty or malformed one.</summary>
    public static ImageReference? Parse(string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Any(char.IsWhiteSpace))
        {
            return null;
        }

        string? digest = null;
        var at = reference.IndexOf('@');
        if (at >= 0)
        {
            digest = reference[(at + 1)..];
            reference = reference[..at];
        }

        string? registry = null;
        var firstSlash = reference.IndexOf('/');
        if (firstSlash > 0 && LooksLikeRegistry(reference[..firstSlash]))
        {
            registry = reference[..firstSlash];
            reference = reference[(firstSlash + 1)..];
        }

        string? tag = null;
        var colon = reference.LastIndexOf(':');
        if (colon > reference.LastIndexOf('/'))
        {
            tag = reference[(colon + 1)..];
            reference = reference[..colon];
        }

        // Docker accepts only lower-case repository paths.
        if (reference.Length == 0 || tag is "" || digest is "" || reference.Any(char.IsUpper))
        {
            return null;
        }

        return new ImageReference(registry, reference, tag, digest);
    }

    /// <summary>A first path component is a registry host when it has a dot or a port, or is localhost, as Docker decides.</summary>
    private static bool LooksLikeRegistry(string component) =>
        component.Contains('.') || component.Contains(':') || component == "localhost";
}
