using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>How a heading is numbered: “第三部分”, “五、”, “（二）”, “1.”, or not at all.</summary>
public enum OutlineLevel
{
    /// <summary>“第三部分 …”.</summary>
    Part,

    /// <summary>“五、…” — a top-level section.</summary>
    Section,

    /// <summary>“（二）…”.</summary>
    Subsection,

    /// <summary>“1.…”, “（1）…”.</summary>
    Item,

    /// <summary>A title line without an ordinal.</summary>
    Unnumbered,
}

/// <summary>
/// One title or heading line (“第三部分 …情况说明”, “五、一般公共预算财政拨款支出决算情况说明”) and how many
/// statement paragraphs follow it before the next title. A table of contents has entries without statements.
/// </summary>
/// <param name="Text">The line as printed (trimmed), for messages.</param>
/// <param name="Level">How the line is numbered.</param>
/// <param name="Ordinal">The number of its ordinal (“第三部分” 3, “十一、” 11, “（二）” 2); null when unnumbered or the numeral is malformed (“七一、”).</param>
/// <param name="Title">
/// The words to match against template titles: the line without its ordinal, quotes, spaces, years
/// (“2020年度”) and the filler words “关于” and “本部门”.
/// </param>
/// <param name="Location">Where the line is printed.</param>
public sealed record OutlineEntry(string Text, OutlineLevel Level, int? Ordinal, string Title, SourceLocation Location)
{
    /// <summary>Statement paragraphs between this entry and the next one.</summary>
    public int Statements { get; set; }
}
