using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A tab-separated third-party indicator table interrupted by one note line (“注：…”, “说明：…”, “备注：…”; issue 12, class 8.1): the part
/// after the note goes on with the table — printed with the blank 一级指标 column, without it (placed by position), or under its header
/// printed again (placed by header) — and reads like the table printed whole; a table of another kind after a note is not joined.
/// </summary>
public class ThirdPartyNoteSplitTableTests
{
    private const string Whole = "school-construction-tab-15-25-25-35.txt";

    [Theory]
    [InlineData("school-construction-tab-note-split.txt")]
    [InlineData("school-construction-tab-note-split-short-continuation.txt")]
    [InlineData("school-construction-tab-note-split-header-again.txt")]
    [InlineData("school-construction-tab-note-then-survey.txt")]
    public void A_table_split_by_a_note_reads_like_the_whole_table(string name)
    {
        var result = Audit(name);
        var p = Project(result);

        Assert.Equal(Shape(Project(Audit(Whole))).Skip(1), Shape(p).Skip(1));
        Assert.Equal(("91", "decision-process-output-benefit-15-25-25-35"), (p.ReportedScore?.Text, p.Recomputation!.SchemeId));
        Assert.Empty(result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) && f.Severity != Severity.Info).Select(f => f.Message));
    }

    /// <summary>A score above its weight in the part after the note (the total kept by a lower score elsewhere) is found once, at its row.</summary>
    [Fact]
    public void A_planted_score_after_the_note_is_found_once_at_its_place()
    {
        var result = Audit("school-construction-tab-note-split-planted.txt");
        var reported = result.Findings.Where(f => f.Severity != Severity.Info && f.RuleId.StartsWith("FA4", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Location.Row ?? "-"} {f.Location.Column ?? "-"}").ToList();

        EachPlantIsReportedOnceAtItsPlace(reported, ["FA4001 大班额化解率 得分"]);
    }
}
