using Hardener.Engine;
using Hardener.Text;

namespace Hardener.Passes;

/// <summary>An edit to one of a template's two files.</summary>
public sealed record FileEdit(TemplateFileKind File, TextEdit Edit);
