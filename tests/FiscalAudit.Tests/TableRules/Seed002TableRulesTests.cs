using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Rules.Support;
using FiscalAudit.Tests.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// Seed 002 (沁阳 2020): its nine tables are consistent once rounding is taken into account. Reviewed
/// by hand: every within-table and cross-table identity of domain.md §2 holds; the only differences
/// are rounding (表一 类 176.99 + 10.65 + 4.95 = 192.59 vs 192.58, 表二 类 181.74 + 12.23 + 5.56 =
/// 199.53 vs 199.52, 表三 the same 192.59 vs 192.58); 表八/表九 are empty with their “无数据” notes.
/// </summary>
public class Seed002TableRulesTests
{
    private static readonly Lazy<AuditResult> Audited = new(() => new Auditor().Audit(Repo.Seed002));

    private static AuditResult Result => Audited.Value;

    [SharedFact]
    public void No_table_finding_at_all_on_seed_002()
    {
        var tableFindings = Result.Findings.Where(Seed002Mutations.IsTableRule).ToList();
        Assert.True(tableFindings.Count == 0, string.Join("\n", tableFindings.Select(f => $"{f.RuleId} {f.Message}")));
    }

    [SharedFact]
    public void The_rounding_cases_were_evaluated_and_hold()
    {
        var t1 = Result.Disclosure!.Table("T1")!;
        var total = t1.FindRow("本年支出合计", TableSides.Expenditure)!;
        var classes = t1.NamedRowsBefore(TableSides.Expenditure, total);
        Assert.Equal(26, classes.Count);
        var result = Equation.Sum(t1.At(total, C.Amount), classes.Select(r => t1.At(r, C.Amount))).Evaluate();
        Assert.Equal(EquationOutcome.Holds, result.Outcome);
        Assert.Equal(192.59m, result.Computed);
        Assert.Equal(-0.01m, result.Difference);

        var t2 = Result.Disclosure.Table("T2")!;
        var tree = new CodeTree(t2);
        Assert.Equal(new[] { "201", "208", "210" }, tree.TopLevel.Select(r => r.Code));
        var t2Result = Equation.Sum(t2.At(t2.TotalRow()!, C.RevenueTotal), tree.TopLevel.Select(r => t2.At(r, C.RevenueTotal))).Evaluate();
        Assert.Equal(EquationOutcome.Holds, t2Result.Outcome);
        Assert.Equal(199.53m, t2Result.Computed);
    }

    [SharedFact]
    public void Empty_fund_tables_carry_their_notes()
    {
        Assert.All(new[] { "T8", "T9" }, id =>
        {
            var table = Result.Disclosure!.Table(id)!;
            Assert.True(table.HasNoFigures);
            Assert.EndsWith("故本表无数据。", table.NoDataNote);
        });
    }
}
