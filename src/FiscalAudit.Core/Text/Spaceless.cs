namespace FiscalAudit.Core.Text;

/// <summary>A text without its white space: how a word spaced out (“合　计”) or a line repeated with other spacing is known.</summary>
public static class Spaceless
{
    public static string Of(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
