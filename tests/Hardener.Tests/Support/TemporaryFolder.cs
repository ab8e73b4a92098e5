namespace Hardener.Tests.Support;

/// <summary>A folder under the system temp folder that is deleted with its contents on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("hardener-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Copies a folder tree in, with write permission on every file so tests can --write.</summary>
    public string CopyFrom(string source, string? name = null)
    {
        var target = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(source));
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = file.Replace(source, target);
            File.Copy(file, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(copy, File.GetUnixFileMode(copy) | UnixFileMode.UserWrite);
            }
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
