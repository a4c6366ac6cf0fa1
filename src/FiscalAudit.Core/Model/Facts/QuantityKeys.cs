using System.Text;
using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>Normalises quantity labels so that two statements of one quantity get one key.</summary>
public static partial class QuantityKeys
{
    [GeneratedRegex(@"(19|20)\d{2}\s*年(度|末|底|初)?|本年度|上年度|本部门|我部门|本单位|我单位|我局|本局")]
    private static partial Regex Noise();

    public static string Normalize(string label)
    {
        var s = label.AsSpan().IndexOfAny("年本我上") >= 0 ? Noise().Replace(label, string.Empty) : label;
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '‘' or '’' or '、' or '：' or ':' or '，' or ',') continue;
            sb.Append(ch switch { '(' => '（', ')' => '）', _ => ch });
        }
        var key = sb.ToString();
        if (key.StartsWith("本年收入合计", StringComparison.Ordinal) || key.StartsWith("本年支出合计", StringComparison.Ordinal)) key = key[2..];
        return key.Replace("（类）", string.Empty);
    }
}
