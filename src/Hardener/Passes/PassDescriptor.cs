using Hardener.Diagnostics;

namespace Hardener.Passes;

/// <summary>
/// What a pass is, for the command line, the docs and the reports: its id, a one-line title,
/// the checklist category it belongs to, its default severity and whether it can fix what it finds.
/// </summary>
public sealed record PassDescriptor(string Id, string Title, string Category, Severity DefaultSeverity, bool Fixable, string Help);
