using Hardener.Syntax.Toml;
using Hardener.Text;

namespace Hardener.Template;

/// <summary>Builds the edit that replaces the value of one environment entry in place.</summary>
internal static class EnvValueReplacer
{
    public static TextEdit Replace(EnvEntry entry, string value)
    {
        switch (entry.Style)
        {
            case TomlStringKind.Basic:
            case TomlStringKind.MultiLineBasic:
                return TextEdit.Replace(entry.ValueSpan, TomlText.EscapeBasic(value));

            case TomlStringKind.Literal or TomlStringKind.MultiLineLiteral when TomlText.CanWriteLiteral(value):
                return TextEdit.Replace(entry.ValueSpan, value);

            default:
                // A literal string cannot hold a quote or a control character, and a number or
                // boolean cannot hold text, so the whole token becomes a basic string.
                var content = entry.Form == EnvEntryForm.AssignmentString ? entry.Key + "=" + value : value;
                return TextEdit.Replace(entry.TokenSpan, TomlText.FormatBasicString(content));
        }
    }
}
