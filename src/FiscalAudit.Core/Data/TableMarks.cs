using System.Text.Json;
using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Data;

/// <summary>The words of a table's 栏次 row, of its total row, of its number caption and of a line saying it goes on (“续表”), read by ingestion and extraction alike: table-marks.json.</summary>
public static class TableMarks
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(TableMarks).Assembly, "table-marks.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The label leading a 栏次 row: “栏次”, “栏目”.</summary>
    public static IReadOnlySet<string> ColumnNumberLabels { get; } = Words.ColumnNumberLabels.ToHashSet(StringComparer.Ordinal);

    /// <summary>A table's total row label: “合计”, “总计”.</summary>
    public static IReadOnlySet<string> Totals { get; } = Words.Totals.ToHashSet(StringComparer.Ordinal);

    private static readonly Regex[] ContinuationMarks = Words.ContinuationMarks.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();

    /// <summary>True when the line only says that a table goes on from the page before (“续表”, “（续上表）”, a caption with “（续）”).</summary>
    public static bool IsContinuationMark(string line)
    {
        var compact = string.Concat(line.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', '：' => ':', _ => c }));
        return ContinuationMarks.Any(p => p.IsMatch(compact));
    }

    private static readonly Regex[] NumberCaptionPatterns = Words.NumberCaptions.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();

    /// <summary>True when the line is only a table's number (“附表1”, “表一”, “公开01表”), a caption of its own above the title.</summary>
    public static bool IsNumberCaption(string line)
    {
        var t = line.Trim();
        return NumberCaptionPatterns.Any(p => p.IsMatch(t));
    }

    private static readonly string NumberMark = "(?:" + string.Join("|", Words.TitleNumberMarks) + ")";

    private static readonly Regex LeadingNumberMarks = new("^" + NumberMark + "+", RegexOptions.CultureInvariant);

    private static readonly Regex TrailingNumberMarks = new(NumberMark + "+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A part of a title line before or after the table's name (compacted) without the table numbers printed at its ends: “表七表7”
    /// before “一般公共预算财政拨款三公经费支出决算表” is nothing, “公开04表” after a name is nothing, “2020年度” stays.
    /// </summary>
    public static string WithoutNumberMarks(string part) => TrailingNumberMarks.Replace(LeadingNumberMarks.Replace(part, string.Empty), string.Empty);

    private static readonly (char From, char To)[] OtherScripts = Words.OtherScripts.Select(Range).ToArray();

    /// <summary>True when the character is a letter of another script a bilingual document prints beside the Chinese (Mongolian, Tibetan, Uyghur, Yi).</summary>
    public static bool IsOtherScript(char ch) => ch > '\u05FF' && OtherScripts.Any(r => ch >= r.From && ch <= r.To);

    /// <summary>
    /// True when most letters of the line are of another script (a Mongolian line above a Chinese title): such a line is a paragraph of
    /// its own, never the wrapped head or tail of a Chinese one.
    /// </summary>
    public static bool IsOtherScriptLine(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(IsOtherScript) * 2 > letters.Count;
    }

    private static (char, char) Range(string hex)
    {
        var ends = hex.Split('-');
        return ((char)Convert.ToInt32(ends[0], 16), (char)Convert.ToInt32(ends[1], 16));
    }

    private sealed class File
    {
        public List<string> TitleNumberMarks { get; init; } = new();

        public List<string> OtherScripts { get; init; } = new();

        public List<string> ContinuationMarks { get; init; } = new();

        public List<string> ColumnNumberLabels { get; init; } = new();

        public List<string> Totals { get; init; } = new();

        public List<string> NumberCaptions { get; init; } = new();
    }
}
