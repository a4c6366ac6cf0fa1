using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A list a paragraph leaves open for the paragraphs after it, one item to a paragraph (“基本支出27,100.00万元，其中：” +
/// “人员经费25,460.00万元，占93.95%，主要包括：…。” + “公用经费1,640.00万元，占6.05%，主要包括：…。”): its whole and what its
/// lead promises. <see cref="Numbered"/>: its items are numbered (“…按功能科目分：1.一般公共服务（类）支出…。” + “2.社会保障和就业（类）支出…。”),
/// so only a paragraph opening with an ordinal goes on with it.
/// </summary>
public sealed record OpenList(NarrativeFact Whole, bool Examples, bool Complete, bool Numbered = false);
