using FiscalAudit.Core.Model;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// 项目支出绩效目标表 published in a file of their own (a budget's attachment, often a PDF apart from the 公开表): the
/// table titles make it a budget (document-kinds.json, 绩效目标表 among the budget's table-title endings), not a
/// 绩效自评 of the projects it lists, and its forms get the checks they get in the whole budget.
/// </summary>
public class TargetFormsAloneTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Target_forms_alone_are_a_budget_whose_forms_are_checked(bool withTitle)
    {
        var lines = TargetKit.Markdown.Split('\n');
        var forms = Array.FindIndex(lines, l => l.EndsWith("项目支出绩效目标表", StringComparison.Ordinal) && !l.StartsWith('#'));
        var text = string.Join('\n', withTitle ? [lines[0], "", .. lines[forms..]] : lines[forms..]);

        var alone = TargetKit.Audit(text);
        var whole = TargetKit.Audit(TargetKit.Markdown);
        Assert.Equal(DocumentKind.Budget, alone.Disclosure!.Kind);
        Assert.Empty(alone.Disclosure.Evaluations.Projects);
        Assert.Equal(3, alone.Disclosure.ProjectTargets.Forms.Count);
        Assert.Contains(TargetKit.Findings(alone), f => f.StartsWith("FA6601", StringComparison.Ordinal));
        Assert.Subset(TargetKit.Findings(whole).ToHashSet(), TargetKit.Findings(alone).ToHashSet());
    }
}
