using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A third-party rubric table flattened one cell per line (pdftotext -raw) whose weights stand alone, each between a four-line
/// 指标解释 and a three-line 评分标准, and count up 2, 3, 4 … 10 down the rows: they are the table's weights, not page numbers, and
/// the lines beside them no running header (issue 12, class 8).
/// </summary>
public class FlattenedLoneWeightTests
{
    private const string Report = "binhe-health-flattened-lone-weights.txt";

    [Fact]
    public void Lone_weights_counting_up_are_read_as_weights()
    {
        var result = AuditFile(Report, "RedTeam46");

        var p = Project(result);
        Assert.Equal(14, p.Indicators.Count);
        Assert.Equal([2m, 3m, 4m, 6m, 5m, 6m, 7m, 7m, 8m, 9m, 8m, 10m, 10m, 15m], p.Indicators.Select(i => i.Weight!.Value.Value));
        Assert.Equal(95m, p.Recomputation?.IndicatorSum);
        Assert.Empty(result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) && f.Severity != Severity.Info).Select(f => f.Message));
    }
}
