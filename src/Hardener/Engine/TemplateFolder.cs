namespace Hardener.Engine;

/// <summary>A Dokploy template on disk: a folder with a compose file and, usually, a template.toml.</summary>
public sealed record TemplateFolder(string Directory, string ComposePath, string TomlPath)
{
    public const string TomlFileName = "template.toml";

    /// <summary>The compose file names Hardener looks for, in the order Compose itself prefers them.</summary>
    public static readonly string[] ComposeFileNames = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];

    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Directory));

    public bool HasToml => File.Exists(TomlPath);

    public string GetPath(TemplateFileKind file) => file == TemplateFileKind.Compose ? ComposePath : TomlPath;

    /// <summary>Returns the template in the folder, or null when the folder has no compose file.</summary>
    public static TemplateFolder? TryOpen(string directory)
    {
        foreach (var name in ComposeFileNames)
        {
            var composePath = Path.Combine(directory, name);
            if (File.Exists(composePath))
            {
                return new TemplateFolder(directory, composePath, Path.Combine(directory, TomlFileName));
            }
        }

        return null;
    }
}
