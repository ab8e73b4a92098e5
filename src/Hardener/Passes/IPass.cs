namespace Hardener.Passes;

/// <summary>
/// A transform pass: it reads the template through the context, reports findings and offers edits.
/// A pass never writes files or prints text.
/// </summary>
public interface IPass
{
    PassDescriptor Descriptor { get; }

    void Run(PassContext context);
}
