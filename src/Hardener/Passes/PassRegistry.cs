using Hardener.Passes.PinImages;
using Hardener.Passes.Secrets;

namespace Hardener.Passes;

/// <summary>
/// Every pass, in the order they run. The order is explicit because later passes see earlier output.
/// </summary>
public static class PassRegistry
{
    public static IReadOnlyList<IPass> CreateAll() =>
    [
        new PinImagesPass(),
        new SecretsPass(),
    ];

    /// <summary>Selects passes by id; unknown ids are returned so the caller can reject them.</summary>
    public static IReadOnlyList<IPass> Select(IReadOnlyCollection<string>? only, IReadOnlyCollection<string>? skip, out IReadOnlyList<string> unknownIds)
    {
        var all = CreateAll();
        var known = all.Select(pass => pass.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        unknownIds = (only ?? []).Concat(skip ?? []).Where(id => !known.Contains(id)).Distinct().ToList();
        return all
            .Where(pass => only is null || only.Count == 0 || only.Contains(pass.Descriptor.Id))
            .Where(pass => skip is null || !skip.Contains(pass.Descriptor.Id))
            .ToList();
    }
}
