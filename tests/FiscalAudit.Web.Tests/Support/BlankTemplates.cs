using System.Text;
using System.Text.RegularExpressions;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// Blank templates as departments are sent them: the shipped example with every figure of its tables removed (names,
/// codes and headers kept), with its 情况说明 (which still quotes figures, so it has findings) or without it (no findings).
/// </summary>
public static partial class BlankTemplates
{
    public static byte[] WithNarrative() => Encoding.UTF8.GetBytes(Blanked());

    public static byte[] TablesOnly()
    {
        var text = Blanked();
        return Encoding.UTF8.GetBytes(text[..text.IndexOf("# 第三部分", StringComparison.Ordinal)]);
    }

    private static string Blanked()
    {
        var text = File.ReadAllText(CliFindings.Example);
        text = FigureAfterTab().Replace(text, "");
        text = FigureStartingRow().Replace(text, "");
        return LoneColumnNumber().Replace(text, "");
    }

    [GeneratedRegex(@"(?<=\t)-?[\d,]+(\.\d+)?(?=\t|\r?\n)")]
    private static partial Regex FigureAfterTab();

    [GeneratedRegex(@"(?m)^-?[\d,]+\.\d+(?=\t)")]
    private static partial Regex FigureStartingRow();

    [GeneratedRegex(@"(?m)^\d+(?=\t+\r?$)")]
    private static partial Regex LoneColumnNumber();
}
