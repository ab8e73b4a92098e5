namespace Hardener.Compose;

/// <summary>How a service writes its environment: <c>KEY: value</c> lines or <c>- KEY=value</c> items.</summary>
public enum EnvironmentForm
{
    Map,
    List,
}
