using System.Text;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Tables;

/// <summary>Normalises title and header text for matching: no spaces, unified brackets and quotes, no letters of another script (a Mongolian line printed with the Chinese).</summary>
public static class HeaderText
{
    public static string Normalize(string text)
    {
        if (IsNormal(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' || TableMarks.IsOtherScript(ch)) continue;
            sb.Append(ch switch
            {
                '(' => '（',
                ')' => '）',
                '：' => ':',
                _ => ch,
            });
        }
        return sb.ToString();
    }

    /// <summary>True when <see cref="Normalize"/> would return the text unchanged (most cells), so no copy is made.</summary>
    private static bool IsNormal(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '(' or ')' or '：' || TableMarks.IsOtherScript(ch)) return false;
        }
        return true;
    }
}
