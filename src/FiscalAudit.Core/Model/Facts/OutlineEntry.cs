using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// One title or heading line (“第三部分 …情况说明”, “五、一般公共预算财政拨款支出决算情况说明”) and how many
/// statement paragraphs follow it before the next title. A table of contents has entries without statements.
/// </summary>
public sealed record OutlineEntry(string Text, SourceLocation Location)
{
    /// <summary>Statement paragraphs between this entry and the next one.</summary>
    public int Statements { get; set; }
}
