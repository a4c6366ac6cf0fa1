using System.Text;

namespace FiscalAudit.Extract.Tables;

/// <summary>Normalises title and header text for matching: no spaces, unified brackets and quotes.</summary>
public static class HeaderText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」') continue;
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
}
