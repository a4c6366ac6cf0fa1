using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Completeness;
using FiscalAudit.Rules.Templates;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

public class CompletenessRuleTests
{
    [Fact]
    public void National_template_lists_nine_required_tables_with_markers()
    {
        var template = TableTemplate.National;
        Assert.Equal(TableIds.Standard, template.Tables.Select(t => t.Id));
        Assert.All(template.Tables, t => Assert.True(t.Required));
        Assert.Equal("公开07表", template.Tables[6].Marker);
    }

    [Fact]
    public void Missing_tables_are_errors_and_a_document_without_tables_gets_one_warning()
    {
        var tables = TableIds.Standard.Where(id => id != "T3").Select(id => Table(id)).ToArray();
        var finding = Assert.Single(Run(new MissingTableRule(), tables));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("公开03表", finding.Message);

        var none = Assert.Single(Run(new MissingTableRule()));
        Assert.Equal(Severity.Warning, none.Severity);

        var evaluation = Disclosure();
        evaluation.Kind = DocumentKind.SelfEvaluation;
        Assert.Empty(new MissingTableRule().Check(evaluation));
    }

    [Fact]
    public void Empty_table_needs_the_no_data_note()
    {
        var t9 = Table("T9", Row(null, "合计", (C.Total, ""), (C.Basic, "")));
        Assert.Equal("T9", Assert.Single(Run(new EmptyTableNoteRule(), t9)).Location.Table);
        t9.NoDataNote = "说明：我部门没有国有资本经营收入，也没有使用国有资本经营安排的支出，故本表无数据。";
        Assert.Empty(Run(new EmptyTableNoteRule(), t9));
    }

    [Fact]
    public void Empty_fund_table_contradicted_by_T4_is_an_error()
    {
        var t8 = Table("T8", Row(null, "合计", (C.ExpenditureSubtotal, "")));
        t8.NoDataNote = "故本表无数据。";
        FiscalTable T4(string fund) => Table("T4",
            Income("二、政府性基金预算财政拨款", "0.00"),
            SideRow("支出", null, "十一、城乡社区支出", (C.Total, fund), (C.GovernmentFund, fund)),
            Income("本年收入合计", "0.00"),
            SideRow("支出", null, "本年支出合计", (C.Total, fund), (C.GovernmentFund, fund)));
        Assert.Empty(Run(new EmptyFundTableRule(), t8, T4("0.00")));
        var findings = Run(new EmptyFundTableRule(), t8, T4("3.00"));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.Equal(C.GovernmentFund, f.Location.Column));
    }
}
