using FiscalAudit.Core.Findings;
using FiscalAudit.Rules.Completeness;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// FA5001 where the only tables read are stated empty (a pdftotext rendering running the other tables' rows into paragraphs, the
/// 政府性基金 table “故本表为空表” read alone): one warning naming the empty table, not one error per table not read; a document
/// with a table of figures still gets an error per missing table.
/// </summary>
public class EmptyTablesOnlyTests
{
    [Fact]
    public void Only_an_empty_table_read_gives_one_warning_naming_it()
    {
        var empty = Table("T8", Row(null, "合计", (C.Total, ""), (C.Basic, ""), (C.Project, "")));
        var finding = Assert.Single(Run(new MissingTableRule(), empty));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("除表八这 1 张没有数字的表外未找到任何决算公开表", finding.Message);
    }

    [Fact]
    public void A_table_with_figures_read_leaves_one_error_per_missing_table()
    {
        var figured = Table("T8", Row(null, "合计", (C.Total, "1.00"), (C.Basic, "1.00"), (C.Project, "")));
        var findings = Run(new MissingTableRule(), figured);
        Assert.Equal(8, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }
}
