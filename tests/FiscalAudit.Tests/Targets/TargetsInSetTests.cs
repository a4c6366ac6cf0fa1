using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A budget published as two files (docs/sets.md): the statement of 绩效目标设置情况 in the narrative file, the
/// 项目支出绩效目标表 in the other. Joined, the two are one disclosure again: the statement is checked against the forms
/// as in the budget published as one file.
/// </summary>
public class TargetsInSetTests
{
    [Fact]
    public void The_statement_of_one_file_is_checked_against_the_forms_of_the_other()
    {
        var lines = TargetKit.Markdown.Split('\n');
        var split = Array.FindIndex(lines, l => l.StartsWith("## 第二部分", StringComparison.Ordinal));
        var narrative = TargetKit.Audit(string.Join('\n', lines[..split])).Disclosure!;
        var forms = TargetKit.Audit(string.Join('\n', lines.Where(l => !l.Contains("编报绩效目标的项目", StringComparison.Ordinal)))).Disclosure!;
        Assert.Empty(narrative.ProjectTargets.Forms);
        Assert.Null(forms.ProjectTargets.Statement);
        Assert.Equal(3, forms.ProjectTargets.Forms.Count);

        var joined = narrative.WithPartsOf(forms);
        var whole = TargetKit.Audit(TargetKit.Markdown);
        Assert.Equal(3, joined.ProjectTargets.Forms.Count);
        Assert.NotNull(joined.ProjectTargets.Statement);
        var auditor = new Auditor();
        Assert.Equal(TargetKit.Findings(whole), TargetKit.Findings(whole with { Findings = auditor.Check(joined) }));
        Assert.Contains(TargetKit.Findings(whole), f => f.StartsWith("FA660", StringComparison.Ordinal));
    }
}
