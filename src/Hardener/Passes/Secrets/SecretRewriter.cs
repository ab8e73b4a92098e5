using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Yaml;
using Hardener.Syntax.Toml;
using Hardener.Template;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>Turns planned secret groups into edits of both files, and reports each site.</summary>
internal sealed class SecretRewriter(PassContext context, TemplateToml toml)
{
    private readonly TemplateTomlEditBuilder _tomlEdits = new(toml);
    private readonly Dictionary<YamlScalarSyntax, List<(SecretSite Site, TextEdit Edit)>> _scalarEdits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EnvEntry, List<TextEdit>> _envEdits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SecretSite, string> _messages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SecretSite, string> _unfixedMessages = new(ReferenceEqualityComparer.Instance);

    public void Rewrite(IReadOnlyList<SecretGroup> groups)
    {
        foreach (var group in groups)
        {
            PlanGroup(group);
        }

        ApplyComposeEdits();
        foreach (var (entry, edits) in _envEdits)
        {
            _tomlEdits.ReplaceEnvValue(entry, TextEditor.Apply(entry.Value, edits));
        }

        foreach (var edit in _tomlEdits.Build())
        {
            context.AddEdit(TemplateFileKind.TemplateToml, edit);
        }

        foreach (var (site, message) in _messages)
        {
            SecretsPass.Report(context, site, message, isFixed: true);
        }

        foreach (var (site, message) in _unfixedMessages)
        {
            SecretsPass.Report(context, site, message, isFixed: false);
        }

        foreach (var group in groups)
        {
            WarnAboutClientSide(group);
        }
    }

    private void PlanGroup(SecretGroup group)
    {
        // A block scalar cannot be edited in place, so it neither changes nor gets a variable. Were the
        // variable added anyway, every later run would find the literal again and add another one.
        var editable = group.Sites.Where(site => site.Scalar is null || YamlScalarEditor.CanEdit(site.Scalar)).ToList();
        foreach (var site in editable)
        {
            if (site.Scalar is { } scalar)
            {
                var reference = group.ReferenceFor(site);
                var replacement = site.Kind == SecretSiteKind.PassThrough && !scalar.Value.Contains('=') && site.ValueSpan.IsEmpty && !scalar.IsEmpty
                    ? "=" + reference
                    : reference;
                Add(_scalarEdits, scalar, (site, new TextEdit(site.ValueSpan, replacement)));
            }
            else if (site.TomlVariable is { } variable)
            {
                context.AddEdit(TemplateFileKind.TemplateToml, new TextEdit(variable.ValueSpan, QuoteLike(variable, group.IsUserInput ? "" : group.Generator!.ToString())));
            }
            else
            {
                Add(_envEdits, site.TomlEntry!, new TextEdit(site.ValueSpan, group.IsUserInput ? "" : group.TomlReference));
            }

        }

        // A variable is generated only where something refers to it: a rewritten config.env value, or
        // a compose site whose variable config.env does not define yet.
        var composeUsesIt = editable.Any(site => site.Scalar is not null);
        var envDefinesIt = toml.Env.Any(entry => entry.Key == group.Name.ComposeName);
        var addsEnv = composeUsesIt && !envDefinesIt;
        var rewritesToml = editable.Any(site => site.TomlEntry is not null);
        var replacesVariable = editable.Any(site => site.TomlVariable is not null);
        if (!group.IsUserInput && !replacesVariable && (addsEnv || rewritesToml))
        {
            _tomlEdits.AddVariable(group.Name.TomlName, group.Generator!.ToString());
        }

        if (addsEnv)
        {
            _tomlEdits.AddEnv(group.Name.ComposeName, group.IsUserInput ? "" : group.TomlReference);
        }

        var generates = !group.IsUserInput && (addsEnv || rewritesToml || replacesVariable);
        foreach (var site in editable)
        {
            _messages[site] = DescribeFix(site, group, generates);
        }

        foreach (var site in group.Sites.Except(editable))
        {
            var defined = addsEnv || envDefinesIt;
            var message = $"{site.Label}: {SecretsPass.Describe(site)} in a block scalar, which cannot be edited in place; replace it by hand with {group.ReferenceFor(site)}";
            _unfixedMessages[site] = defined ? message : $"{message} and define {group.Name.ComposeName} in template.toml's env";
        }
    }

    private void ApplyComposeEdits()
    {
        foreach (var (scalar, sites) in _scalarEdits)
        {
            if (scalar.IsEmpty)
            {
                // "KEY:" with nothing after it: the value goes after the colon, with the space YAML needs.
                var value = YamlScalarFormatter.Format(sites[0].Edit.NewText, YamlScalarStyle.DoubleQuoted, scalar.IsInFlowCollection);
                context.AddEdit(TemplateFileKind.Compose, TextEdit.Insert(scalar.Span.Start, " " + value));
                continue;
            }

            if (!YamlScalarEditor.TryEdit(scalar, sites.Select(site => site.Edit).ToList(), out var edits))
            {
                foreach (var (site, _) in sites)
                {
                    _messages.Remove(site);
                    SecretsPass.Report(context, site, $"{site.Label}: {SecretsPass.Describe(site)} in a block scalar, which cannot be edited in place; replace it by hand with the variable named in the other findings", isFixed: false);
                }

                continue;
            }

            foreach (var edit in edits)
            {
                context.AddEdit(TemplateFileKind.Compose, edit);
            }
        }
    }

    /// <summary>Writes a [variables] value in the quotes the entry had; a multi-line string becomes a basic one.</summary>
    private static string QuoteLike(TemplateVariable variable, string value)
    {
        var quote = variable.Style == TomlStringKind.Literal ? '\'' : '"';
        return $"{quote}{value}{quote}";
    }

    private static string DescribeFix(SecretSite site, SecretGroup group, bool generates)
    {
        var secret = SecretsPass.Describe(site);
        var reference = site.Scalar is null ? group.TomlReference : group.ReferenceFor(site);
        if (site.TomlVariable is not null)
        {
            return group.IsUserInput
                ? $"{site.Label}: {secret}, a credential of an outside service, emptied; it needs your input: set it in template.toml"
                : $"{site.Label}: {secret}, replaced by the generator \"{group.Generator}\"";
        }

        if (group.IsUserInput && site.TomlEntry is { } entry)
        {
            return $"{site.Label}: {secret}, a credential of an outside service, emptied; it needs your input: set {entry.Key} in template.toml's env";
        }

        if (group.IsUserInput)
        {
            return $"{site.Label}: {secret}, a credential of an outside service, replaced by {reference}; it needs your input: set {group.Name.ComposeName} in template.toml's env";
        }

        return generates
            ? $"{site.Label}: {secret}, replaced by {reference}; template.toml generates it as {group.Name.TomlName} = \"{group.Generator}\""
            : $"{site.Label}: {secret}, replaced by {reference}, which template.toml's env already sets";
    }

    /// <summary>
    /// Warns when a password changes on one side only: no other place in the template uses it, so the
    /// client that relied on the old literal is outside the template and must be given the new value.
    /// </summary>
    private void WarnAboutClientSide(SecretGroup group)
    {
        var site = group.First;
        var isLonePassword = group.Sites.Count == 1 && !group.IsUserInput && site.SecretKind == SecretKind.Password
            && site.Kind is SecretSiteKind.EnvironmentValue or SecretSiteKind.CommandArgument;
        if (!isLonePassword || !_messages.ContainsKey(site))
        {
            return;
        }

        SecretsPass.Report(context, site,
            $"{site.Label}: the password changes from a literal to a generated value, and no other service in this template uses it; "
            + "a client outside the template that used the old literal must be given the new value, and a database volume that already exists keeps the old password until it is changed in the database",
            isFixed: false, Severity.Warning);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
