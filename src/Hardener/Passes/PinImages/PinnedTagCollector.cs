using Hardener.Compose;

namespace Hardener.Passes.PinImages;

/// <summary>Collects the tags that templates pin, as evidence for pinning floating images elsewhere.</summary>
public static class PinnedTagCollector
{
    /// <summary>Adds every pinned image tag of the compose file to the collection under the template's name.</summary>
    public static void Collect(ComposeFile compose, string templateName, BatchImageTags tags)
    {
        foreach (var service in compose.Services)
        {
            if (service.Image is not { } image || ImageValueAnalyzer.Analyze(image.Value) is not { } analysis)
            {
                continue;
            }

            if (analysis is { Repository: { } repository, Tag: { } tag, IsFloating: false } && IsVersionTag(tag))
            {
                tags.Add(repository, tag, templateName);
            }
        }
    }

    /// <summary>
    /// Tells whether a tag names a version. Tags without a digit (alpine, stable, lts, main) move like
    /// latest does, so they are no evidence for a pin.
    /// </summary>
    public static bool IsVersionTag(string tag) => tag != "latest" && tag.Any(char.IsAsciiDigit);
}
