using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// What a statement compares with: “比2024年预算执行数增加”, “与上年预算数一致”, “与2016年度相比”. The mark's
/// <see cref="TextMark.Text"/> is the base as printed (“2024年预算执行数”), its <see cref="TextMark.Value"/> the
/// year named (null for 上年).
/// </summary>
public static partial class ComparisonBases
{
    [GeneratedRegex(@"(?:比|与|较)\s*(?<base>(?:(?<y>(?:19|20)[0-9]{2})\s*年度?|上一?年度?)\s*(?:预算执行数|预算执行|执行数|预算数|预算|决算数|决算)?)\s*(?=相比|相较|增|减|持平|一致|相同|相等|下降|上升|提高|降低|[，,])")]
    private static partial Regex Comparison();

    public static IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny("比与较") < 0 || !text.Contains('年')) yield break;
        foreach (Match m in Comparison().Matches(text))
        {
            var b = m.Groups["base"];
            var y = m.Groups["y"];
            yield return new TextMark(TextMarkKind.ComparisonBase, Regex.Replace(b.Value, @"\s+", string.Empty), TextMarks.Around(text, m.Index, m.Length),
                locate(m.Index, m.Index + m.Length, b.Index), y.Success ? int.Parse(y.Value) : null);
        }
    }
}
