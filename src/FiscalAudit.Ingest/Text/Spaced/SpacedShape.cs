using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>What a line of text laid out with spaces is to a table (spaced-tables.json).</summary>
internal static class SpacedShape
{
    internal sealed record Data(
        int MinimumDataLines,
        int MaximumCellLength,
        int MaximumGapLines,
        int MaximumBlankLines,
        int MaximumHeaderLines,
        int MaximumTrailingLines,
        int MaximumHeaderFieldLength,
        List<string> Captions,
        List<string> SentenceMarks,
        List<string> CodeParts,
        List<string> CodePartShapes,
        string UnitCaption,
        List<string> SpacedWords);

    public static Data Limits { get; } = EmbeddedJson.Load<Data>(typeof(SpacedShape).Assembly, "spaced-tables.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    private static readonly Regex[] Captions = Limits.Captions.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();

    /// <summary>A row of a table: two fields or more, one a number at least, none a long text or a sentence.</summary>
    public static bool IsData(IReadOnlyList<SpacedField> fields) =>
        fields.Count >= 2 && fields.Any(f => NumberText.Parse(f.Text) is not null) && !fields.Any(IsProse);

    /// <summary>A caption over or under a table (“公开01表”, “单位：万元”, “收入支出决算总表”), a note, or a sentence: never part of a table.</summary>
    public static bool EndsTable(IReadOnlyList<SpacedField> fields)
    {
        var text = string.Join(" ", fields.Select(f => f.Text));
        return fields.Any(IsProse) || Captions.Any(c => c.IsMatch(text)) || (fields.Count == 1 && HeadingShape.IsTitle(text)) || text.EndsWith('：') || text.EndsWith(':');
    }

    /// <summary>
    /// A header line: several fields, or a short one that starts no item (“项目”, “码”; not “二、部门决算单位构成”, a heading
    /// over the table).
    /// </summary>
    public static bool IsHeader(IReadOnlyList<SpacedField> fields) =>
        fields.Count > 1 || (fields[0].Text.Length <= Limits.MaximumHeaderFieldLength && !ItemStart.IsMatch(fields[0].Text));

    /// <summary>How many of the first fields are the parts of one classification code printed in columns (类 款 项: “208”, “05”, “01”); 0 or 1 when none.</summary>
    public static int CodeParts(IReadOnlyList<SpacedField> fields)
    {
        var n = 0;
        while (n < fields.Count && n < CodePartShapes.Length && CodePartShapes[n].IsMatch(fields[n].Text)) n++;
        return n;
    }

    private static readonly Regex[] CodePartShapes = Limits.CodePartShapes.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();

    /// <summary>A header line of the classification code's parts alone (“类 款 项”): a header row of its own.</summary>
    public static bool IsCodePartLine(IReadOnlyList<SpacedField> fields) =>
        fields.SelectMany(f => f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).All(Limits.CodeParts.Contains);

    /// <summary>A 栏次 line: “栏次” (or “栏目”) and column numbers, or column numbers 1, 2, 3 … alone.</summary>
    public static bool IsColumnNumbers(IReadOnlyList<SpacedField> fields)
    {
        var numbers = fields.SkipWhile(f => TableMarks.ColumnNumberLabels.Contains(Spaceless.Of(f.Text))).ToList();
        var labelled = numbers.Count < fields.Count;
        return numbers.Count >= (labelled ? 1 : 3) && numbers.All(f => f.IsWhole && f.Text.Length <= 2)
            && (labelled || numbers.Select((f, k) => int.Parse(f.Text) == k + 1).All(b => b));
    }

    /// <summary>A field that states a table's unit (“单位：万元”, “金额单位：元”).</summary>
    public static bool IsUnitCaption(SpacedField field) => UnitCaption.IsMatch(field.Text);

    private static readonly Regex UnitCaption = new(Limits.UnitCaption, RegexOptions.CultureInvariant);

    /// <summary>A word a table spaces out over its cell, one character in each place (“合      计”).</summary>
    public static bool IsSpacedWord(string word) => Limits.SpacedWords.Contains(word);

    /// <summary>“合计”, “合 计”, “总计”: the total line of a table.</summary>
    public static bool IsTotal(string text) => TableMarks.Totals.Contains(Spaceless.Of(text));

    /// <summary>A line that is only a page number (“3”, “- 3 -”, “第3页”).</summary>
    public static bool IsPageNumber(IReadOnlyList<SpacedField> fields) =>
        fields.Count == 1 && fields[0].Text.Trim() is var t && (PageNumberLine.IsDecorated(t) || PageNumberLine.IsBare(t));

    /// <summary>A figure printed with decimals: what tells a table of amounts from a list of page numbers.</summary>
    public static bool HasDecimals(IReadOnlyList<SpacedField> fields) => fields.Any(f => NumberText.Parse(f.Text) is { Decimals: > 0 });

    private static bool IsProse(SpacedField field) =>
        field.Text.Length > Limits.MaximumCellLength || Limits.SentenceMarks.Any(m => field.Text.Contains(m, StringComparison.Ordinal));
}
