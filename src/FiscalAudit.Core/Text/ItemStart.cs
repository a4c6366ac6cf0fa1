using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Text;

/// <summary>
/// Whether a line starts a new enumerated item ("一、", "（二）", "3、", "4.", "第五条", "注：", "说明：") and therefore a new
/// paragraph, in text exports and PDFs alike, in ASCII or full-width digits (“（１）”, “２．”). Unlike a bare prefix test, "603.14万元" (a decimal) and "（类）"/"（境）" (a bracketed word) do not.
/// </summary>
public static partial class ItemStart
{
    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百0-9０-９]+[条章节部分]|(注|说明)[：:]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,3}(、|[.．](?![0-9０-９])))")]
    private static partial Regex Pattern();

    public static bool IsMatch(string text) => Pattern().IsMatch(text);

    /// <summary>How many characters the item's start takes (“七、” → 2), 0 when the line starts none.</summary>
    public static int Length(string text) => Pattern().Match(text) is { Success: true } m ? m.Length : 0;
}
