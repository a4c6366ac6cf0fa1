using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds a comparison of the 决算 with the 预算 in a sentence: “决算数大于预算数”, “决算数与预算数基本持平”,
/// “支出决算小于年初预算”. Direction +1 (大于/高于/超过/多于), −1 (小于/低于/少于), 0 (等于/持平/相等/一致);
/// “基本”, “略”, “相当” make the statement approximate.
/// </summary>
public static partial class ComparisonWords
{
    [GeneratedRegex(@"(?<l>决算数?|执行数)\s*(?<rel>(基本|略)?(大于|高于|超过|多于|小于|低于|少于|等于))\s*(年初|全年|调整后)?预算数?")]
    private static partial Regex Ordered();

    [GeneratedRegex(@"(?<l>决算数?|执行数)\s*(与|和|同)\s*(年初|全年|调整后)?预算数?\s*(?<rel>(基本)?(持平|相等|一致|相当|相同))")]
    private static partial Regex Level();

    /// <summary>The first comparison in <paramref name="sentence"/>: where it starts, the words, direction and looseness.</summary>
    public static (int Index, string Text, int Direction, bool Approximate)? Find(string sentence)
    {
        if (!sentence.Contains("预算", StringComparison.Ordinal)) return null;
        var m = Ordered().Match(sentence);
        if (!m.Success) m = Level().Match(sentence);
        if (!m.Success) return null;
        var rel = m.Groups["rel"].Value;
        var direction = rel.Contains('大') || rel.Contains('高') || rel.Contains('超') || rel.Contains('多') ? 1
            : rel.Contains('小') || rel.Contains('低') || rel.Contains('少') ? -1 : 0;
        var approximate = rel.StartsWith('基') || rel.StartsWith('略') || rel.EndsWith("相当", StringComparison.Ordinal);
        return (m.Index, m.Value, direction, approximate);
    }
}
