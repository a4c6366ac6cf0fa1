using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// A title by its shape (heading-shape.json): “XX局2023年度部门整体支出绩效自评报告”, “七、其他重要事项的情况说明” —
/// short, without sentence punctuation, ending like a report, explanation, section or table title (with or without
/// an ordinal start). Followed by a blank line, such a line is a paragraph of its own, not the start of the next one.
/// </summary>
public static class HeadingShape
{
    private sealed record Data(int MaximumLength, int MaximumTailLength, List<string> Ends, List<string> FormTitleEnds);

    private static readonly Data Shape = EmbeddedJson.Load<Data>(typeof(HeadingShape).Assembly, "heading-shape.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    /// <summary>True when <paramref name="title"/> is a title and <paramref name="next"/> (after a blank line) is more than its wrapped tail.</summary>
    public static bool EndsBefore(string title, string next)
    {
        var n = next.Trim();
        return IsTitle(title) && (n.Length > Shape.MaximumTailLength || n.IndexOfAny(Punctuation.SentencePunctuation) >= 0);
    }

    /// <summary>True when <paramref name="line"/> has a title's shape: short, without sentence punctuation, ending like a title.</summary>
    public static bool IsTitle(string line) => IsTitleEndingIn(line, Shape.Ends);

    /// <summary>
    /// True when <paramref name="line"/> is a form's title line (“四川省剑阁县项目支出绩效自评表”): a title's shape, ending like a form's
    /// title (formTitleEnds). Such a line ends its paragraph, blank line after it or not.
    /// </summary>
    public static bool IsFormTitle(string line) => IsTitleEndingIn(line, Shape.FormTitleEnds);

    private static bool IsTitleEndingIn(string line, List<string> ends)
    {
        var t = line.Trim();
        return t.Length <= Shape.MaximumLength && t.IndexOfAny(Punctuation.SentencePunctuation) < 0 && ends.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }
}
