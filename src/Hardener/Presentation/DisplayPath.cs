namespace Hardener.Presentation;

/// <summary>Shows paths relative to where the user runs the tool, with forward slashes, as diffs and CI logs expect.</summary>
public static class DisplayPath
{
    public static string Relative(string path, string baseDirectory)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var relative = Path.GetRelativePath(baseDirectory, path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
