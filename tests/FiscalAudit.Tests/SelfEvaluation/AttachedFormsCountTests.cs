using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 9: a 部门决算 whose 情况说明 says how many projects it evaluated (“组织对2个项目开展绩效自评，涉及资金1,116.00万元”)
/// and how many of their results it publishes (“在部门决算中反映…2个项目的绩效自评结果”), with the 项目支出绩效自评表 attached (a 河南
/// and a 山东-style form, 516.00 + 600.00). The count of results published is the number of forms; fewer published than evaluated
/// makes the forms a selection, and then the evaluated count and funds are not the forms' (FA4012).
/// </summary>
public class AttachedFormsCountTests
{
    private const string Name = "yanling-final-accounts-two-forms.txt";
    private const string Evaluated = "本部门组织对2个项目开展绩效自评，涉及资金1,116.00万元";
    private const string Published = "本部门在2022年度部门决算中反映农村公路日常养护项目、农村客运站运营补助项目2个项目的绩效自评结果，自评表附后。";

    private static List<string> Findings(params (string From, string To)[] edits)
    {
        var result = Audit(Name, Edited(Text(Name, "ProvinceForms"), edits));
        Assert.Equal(2, result.Disclosure!.Evaluations.Projects.Count);
        return result.Findings.Where(f => f.RuleId == "FA4012").Select(f => $"第{f.Location.Line}行 {f.Message}").ToList();
    }

    [Theory]
    [InlineData(Evaluated, Evaluated)]
    [InlineData(Evaluated, "本部门组织对两个项目开展了绩效自评，涉及资金1116.00万元")]
    [InlineData(Published, "本部门将2个项目的绩效自评结果随部门决算一并公开。")]
    [InlineData(Published, "")]
    public void Counts_and_funds_that_match_the_forms_are_no_finding(string from, string to)
    {
        Assert.Empty(Findings((from, to)));
    }

    /// <summary>12 projects evaluated for 3,568.40万元, 2 of them published in several wordings: the forms are that selection.</summary>
    [Theory]
    [InlineData(Published)]
    [InlineData("本部门选取其中2个重点项目的自评结果随部门决算公开。")]
    [InlineData("本部门将其中两个项目的绩效自评结果予以公开，自评表附后。")]
    public void Forms_published_as_a_selection_of_the_projects_evaluated_are_no_finding(string published)
    {
        Assert.Empty(Findings((Evaluated, "本部门组织对12个项目开展绩效自评，涉及资金3,568.40万元"), (Published, published)));
    }

    [Theory]
    // The published count is not the forms'.
    [InlineData(Evaluated, Evaluated, Published, "本部门在2022年度部门决算中反映农村公路日常养护项目等3个项目的绩效自评结果，自评表附后。", "第12行 “3个项目的绩效自评结果”称反映 3 个项目的自评结果，文件中有 2 张项目评价表")]
    // 12 evaluated, 3 published, 2 attached: the published count is the one compared.
    [InlineData(Evaluated, "本部门组织对12个项目开展绩效自评，涉及资金3,568.40万元", Published, "本部门选取其中3个重点项目的自评结果随部门决算公开。", "第12行 “3个重点项目的自评结果随部门决算公开”称反映 3 个项目的自评结果，文件中有 2 张项目评价表")]
    // 3 evaluated and 3 published, 2 attached: one cause, told at the published count.
    [InlineData(Evaluated, "本部门组织对3个项目开展绩效自评，涉及资金1,116.00万元", Published, "本部门在2022年度部门决算中反映农村公路日常养护项目等3个项目的绩效自评结果，自评表附后。", "第12行 “3个项目的绩效自评结果”称反映 3 个项目的自评结果，文件中有 2 张项目评价表")]
    // No published count: the evaluated count is the forms'.
    [InlineData(Evaluated, "本部门组织对3个项目开展绩效自评", Published, "", "第10行 “对3个项目开展绩效自评”称项目 3 个，文件中有 2 张项目评价表")]
    // The funds are not the forms' 全年预算数 516.00 + 600.00.
    [InlineData(Evaluated, "本部门组织对2个项目开展绩效自评，涉及资金1,160.00万元", Published, Published, "第10行 “对2个项目开展绩效自评，涉及资金1,160.00万元”称资金 1,160.00 万元，各项目全年预算数合计 1116 万元（差 44）")]
    public void A_count_or_funds_that_differ_from_the_forms_are_one_finding(string from, string to, string fromPublished, string toPublished, string expected)
    {
        Assert.Equal([expected], Findings((from, to), (fromPublished, toPublished)));
    }

    /// <summary>Counts no reading can take (0, garbled numerals, a number without projects) and broken sentences: no statement, no crash.</summary>
    [Theory]
    [InlineData("本部门在部门决算中反映0个项目的绩效自评结果。")]
    [InlineData("本部门在部门决算中反映十十十个项目的绩效自评结果。")]
    [InlineData("本部门在部门决算中反映“")]
    [InlineData("个项目的绩效自评结果随决算公开，反映个项目的自评结果。")]
    [InlineData("公开公开公开2个个项目项目的自评")]
    public void A_published_count_that_cannot_be_read_is_no_statement(string published)
    {
        var result = Audit(Name, Edited(Text(Name, "ProvinceForms"), [(Published, published)]));

        Assert.DoesNotContain(result.Disclosure!.Evaluations.Portfolio, s => s.Published);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4012");
    }
}
