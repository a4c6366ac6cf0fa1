using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A 决算's 预算绩效情况说明 that says every project's form is attached without counting them (“各项目自评表附后”, “项目自评表详见附件”,
/// “附后各项目绩效自评表”), in the 部门决算 of <see cref="UnattachedCountTests"/> (2 forms, 516.00 + 600.00): a count of the projects
/// evaluated that says nothing of the forms (“进行项目绩效自评2个，自评金额…”) is then compared with the forms attached (FA4012), that
/// sentence related; a selection (“重点项目自评表详见附件”) or no count stated is never a finding.
/// </summary>
public class AllFormsAttachedTests
{
    private const string Name = "yanling-final-accounts-two-forms.txt";
    private const string Evaluated = "本部门组织对2个项目开展绩效自评，涉及资金1,116.00万元";
    private const string Published = "本部门在2022年度部门决算中反映农村公路日常养护项目、农村客运站运营补助项目2个项目的绩效自评结果，自评表附后。";

    private static List<Core.Findings.Finding> Checked(string evaluated, string attached)
    {
        var result = Audit(Name, Edited(Text(Name, "ProvinceForms"), [(Evaluated, evaluated), (Published, attached)]));
        Assert.Equal(2, result.Disclosure!.Evaluations.Projects.Count);
        return result.Findings.Where(f => f.RuleId == "FA4012").ToList();
    }

    public static TheoryData<string> AllAttached { get; } = new()
    {
        "各项目自评表附后。",
        "本部门项目自评表详见附件。",
        "具体情况见附后各项目绩效自评表。",
        "自评结果总体良好（各项目绩效自评表附后）。",
        "所有项目的绩效自评表见附件。",
    };

    [Theory]
    [MemberData(nameof(AllAttached))]
    public void A_count_of_the_projects_evaluated_is_compared_with_the_forms_said_all_attached(string attached)
    {
        var f = Assert.Single(Checked("其中，进行项目绩效自评3个，自评金额1,116.00万元", attached));
        Assert.Equal((2, 3), ((int)f.Expected!, (int)f.Actual!));
        Assert.Contains("称项目 3 个，文中称各项目自评表附后，文件中有 2 张项目评价表", f.Message, StringComparison.Ordinal);
        Assert.Single(f.RelatedLocations);
    }

    [Theory]
    [MemberData(nameof(AllAttached))]
    public void The_same_count_and_funds_are_no_finding(string attached) =>
        Assert.Empty(Checked("其中，一级项目1个，二级项目1个，共涉及资金1,116.00万元", attached));

    [Theory]
    [InlineData("其中，一级项目1个，二级项目1个，共涉及资金1,160.00万元", "各项目自评表附后。", "称资金 1,160.00 万元，各项目全年预算数合计 1116 万元（差 44）")]
    [InlineData("绩效自评的2022年度项目4个，涉及预算金额1,116.00万元", "附后各项目绩效自评表。", "称项目 4 个，文中称各项目自评表附后，文件中有 2 张项目评价表")]
    public void Each_difference_from_the_forms_said_all_attached_is_one_finding(string evaluated, string attached, string message) =>
        Assert.Contains(message, Assert.Single(Checked(evaluated, attached)).Message, StringComparison.Ordinal);

    /// <summary>A selection (“重点项目自评表”, “2个项目自评表”) says nothing of all forms; with no count stated there is nothing to compare.</summary>
    [Theory]
    [InlineData("其中，进行项目绩效自评3个，自评金额1,116.00万元", "重点项目自评表详见附件。")]
    [InlineData("其中，进行项目绩效自评3个，自评金额1,116.00万元", "其中2个项目自评表附后。")]
    [InlineData("本部门组织对项目支出开展了绩效自评", "各项目自评表附后。")]
    [InlineData("本部门组织开展了项目绩效自评", "项目自评表详见附件。")]
    public void No_count_or_no_statement_of_all_forms_is_no_finding(string evaluated, string attached) =>
        Assert.Empty(Checked(evaluated, attached));
}
