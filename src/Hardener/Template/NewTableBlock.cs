namespace Hardener.Template;

/// <summary>Lines of new tables to insert at one line start, kept apart until all are known so blocks at one offset can merge.</summary>
internal sealed record NewTableBlock(int Offset, IReadOnlyList<string> Lines, bool SeparateFromPrevious);
