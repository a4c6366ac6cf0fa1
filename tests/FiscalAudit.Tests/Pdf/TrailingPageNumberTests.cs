using FiscalAudit.Core.Documents;
using FiscalAudit.Tests.Budget;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Page numbers printed right under a short page's last line are not text (江苏 budgets).</summary>
public class TrailingPageNumberTests
{
    /// <summary>检察院17 名词解释 item 七 runs from p24 on to p25 over the page number “23”: one paragraph.</summary>
    [SharedFact]
    public void A_glossary_item_runs_on_over_the_page_number()
    {
        var blocks = BudgetCorpus.Audit("江苏省人民检察院2017年部门预算.pdf").Disclosure!.Source.Blocks.OfType<ParagraphBlock>().ToList();
        var item = Assert.Single(blocks, b => b.Text.StartsWith("七、单位预留机动经费", StringComparison.Ordinal));
        Assert.Equal("七、单位预留机动经费：指预算单位年初预留用于年度执行中增人、增资等不可预见支出的经费。", item.Text);
        Assert.Equal(24, item.Location.Page);
        Assert.DoesNotContain(blocks, b => b.Text == "23");
    }

    /// <summary>人大18 p16–18 end with their numbers under the tables' notes: none is read as a paragraph.</summary>
    [SharedFact]
    public void Numbers_under_the_last_table_notes_are_not_paragraphs()
    {
        var blocks = BudgetCorpus.Audit("江苏省人大办公厅2018预算公开.pdf").Disclosure!.Source.Blocks.OfType<ParagraphBlock>();
        Assert.DoesNotContain(blocks, b => b.Text.Trim() is "16" or "17" or "18");
    }
}
