using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Tables;

/// <summary>Classification codes: 3 (类), 5 (款) or 7 (项) digits; a code may lead a name cell ("2010306 政务公开审批").</summary>
public static partial class CodeText
{
    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\s*(\d{3}|\d{5}|\d{7})(?!\d)\s*(\S.*)$")]
    private static partial Regex LeadingCode();

    public static bool IsFunctionOrEconomicCode(string text) => CodePattern().IsMatch(text);

    /// <summary>Splits "2010306 政务公开审批" into code and name; null when the text does not start with a code.</summary>
    public static (string Code, string Name)? SplitLeading(string text)
    {
        var m = LeadingCode().Match(text);
        if (!m.Success || char.IsAsciiDigit(m.Groups[2].Value[0])) return null;
        return (m.Groups[1].Value, m.Groups[2].Value.Trim());
    }
}
