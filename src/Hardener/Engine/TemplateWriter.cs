using Hardener.Diagnostics;

namespace Hardener.Engine;

/// <summary>
/// Writes a template's changed files as a unit: each file goes to a temporary file beside it first,
/// keeping the original's mode, then both are renamed into place. A file that is a symbolic link is
/// never written through, so a link cannot lead a write out of the template folder.
/// </summary>
public static class TemplateWriter
{
    public const string WriteErrorId = "write";

    /// <summary>Writes the changed files; returns an error finding instead when any of them cannot be written.</summary>
    public static Finding? Write(TemplateResult result)
    {
        var files = new List<(SourceFile Updated, SourceFile? Original)>();
        if (result.ComposeChanged)
        {
            files.Add((result.UpdatedCompose!, result.OriginalCompose));
        }

        if (result.TomlChanged)
        {
            files.Add((result.UpdatedToml!, result.OriginalToml));
        }

        var staged = new List<(string Temporary, string Target, SourceFile? Original)>();
        try
        {
            foreach (var (updated, original) in files)
            {
                RejectSymbolicLink(updated.Path, result.Template.Directory);
                staged.Add((Stage(updated), updated.Path, original));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            staged.ForEach(file => File.Delete(file.Temporary));
            return Error(result.Template.Directory, exception);
        }


        return Commit(staged, result.Template.Directory);
    }

    private static Finding? Commit(List<(string Temporary, string Target, SourceFile? Original)> staged, string templateDirectory)
    {
        var committed = new List<(string Target, SourceFile? Original)>();
        try
        {
            foreach (var (temporary, target, original) in staged)
            {
                File.Move(temporary, target, overwrite: true);
                committed.Add((target, original));
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Put back what was already renamed, so the template is left as it was found.
            foreach (var (target, original) in committed)
            {
                if (original is null)
                {
                    File.Delete(target);
                }
                else
                {
                    File.Move(Stage(original), target, overwrite: true);
                }
            }

            staged.Skip(committed.Count).ToList().ForEach(file => File.Delete(file.Temporary));
            return Error(templateDirectory, exception);
        }
    }

    private static string Stage(SourceFile file)
    {
        var directory = Path.GetDirectoryName(file.Path)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(file.Path)}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(file.ToBytes());
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.Exists(file.Path)
                ? File.GetUnixFileMode(file.Path)
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            File.SetUnixFileMode(temporary, mode);
        }

        return temporary;
    }

    private static void RejectSymbolicLink(string path, string templateDirectory)
    {
        if (new DirectoryInfo(templateDirectory).LinkTarget is { } folderTarget)
        {
            throw new IOException($"the template folder {templateDirectory} is a symbolic link (to {folderTarget}); Hardener does not write through links, so run it on the folder itself.");
        }

        if (File.Exists(path) && new FileInfo(path).LinkTarget is { } target)
        {
            throw new IOException($"{path} is a symbolic link (to {target}); Hardener does not write through links, so replace it with the file itself.");
        }

        var realDirectory = Path.GetFullPath(new DirectoryInfo(Path.GetDirectoryName(path)!).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetDirectoryName(path)!);
        var realTemplate = Path.GetFullPath(new DirectoryInfo(templateDirectory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? templateDirectory);
        if (!string.Equals(Path.TrimEndingDirectorySeparator(realDirectory), Path.TrimEndingDirectorySeparator(realTemplate), StringComparison.Ordinal))
        {
            throw new IOException($"{path} resolves outside the template folder {templateDirectory}.");
        }
    }

    private static Finding Error(string templateDirectory, Exception exception) =>
        new(WriteErrorId, Severity.Error, templateDirectory, Finding.NoPosition, exception is UnauthorizedAccessException
            ? $"nothing was written: {exception.Message} Check that the folder and its files are writable by this user, then run again."
            : $"nothing was written: {exception.Message}", Fixable: false);
}
