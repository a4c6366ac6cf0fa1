using CsCheck;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>Small reports written for one rule each, and robustness of the parsers.</summary>
public class SyntheticReportTests
{
    internal static string Report(string rate = "50%", string total = "95.00", string grade = "优", string score = "8", string actual = "21", string target = "20") => $"""
        2024年度测试经费项目绩效自评报告

        一、项目基本情况
        年度绩效目标：年初申请预算10万元，用于测试。
        我单位对测试经费项目进行绩效自评。
        本项目资金年初预算数10万元，其中：财政拨款10万元。
        本项目资金变动后预算数10万元，其中：财政拨款10万元。
        本项目资金全年执行数5万元、执行率为{rate}，其中：财政拨款5万元。
        三、项目绩效情况
        (一) 产出指标
        1.数量指标
        （1）测试次数(次)，目标值{target}，完成值{actual}，分值8，得分{score}。
        （2）测试人数(人)，目标值10，完成值10，分值82，得分82。
        本项目绩效自评得分{total}分，等级为{grade}。
        """;

    [Fact]
    public void A_consistent_report_has_no_findings_and_recomputes_its_total()
    {
        var (d, findings) = SelfEvaluationKit.FromText(Report());
        Assert.Empty(findings);
        var p = Assert.Single(d.Evaluations.Projects);
        Assert.Equal(95m, p.Recomputation!.RecomputedScore);
        Assert.Equal(95m, p.Recomputation.ReferenceScore);
    }

    [Fact]
    public void Wrong_rate_total_grade_and_score_are_each_found()
    {
        Assert.Contains(SelfEvaluationKit.FromText(Report(rate: "55%")).Findings, f => f.RuleId == "FA4004");
        Assert.Contains(SelfEvaluationKit.FromText(Report(total: "96.00")).Findings, f => f.RuleId == "FA4003" && (decimal)f.Expected! == 95m);
        Assert.Contains(SelfEvaluationKit.FromText(Report(grade: "良")).Findings, f => f.RuleId == "FA4007");
        var above = SelfEvaluationKit.FromText(Report(score: "9", total: "96.00")).Findings;
        Assert.Contains(above, f => f.RuleId == "FA4001" && (decimal)f.Actual! == 9m);
    }

    [Fact]
    public void A_summary_that_differs_from_its_table_lists_the_table_total_as_related()
    {
        var text = Report() + "\n四、自评综述\n1.测试经费项目自评综述：本项目自评得分90.00分。\n";
        var f = Assert.Single(SelfEvaluationKit.FromText(text).Findings, f => f.RuleId == "FA4012");
        var total = Assert.Single(f.RelatedLocations);
        Assert.Equal(("总分", "得分"), (total.Row, total.Column));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("本项目绩效自评得分", StringComparison.Ordinal)) + 1, total.Line);
    }

    /// <summary>FA4004 reports 执行数 ÷ 预算数 of the printed values, rounded to the decimals of the printed rate.</summary>
    [Theory]
    [InlineData("55%", "50", "= 50%（差 5 个百分点）")]
    [InlineData("55.3%", "50.0", "= 50.0%（差 5.3 个百分点）")]
    public void Wrong_rate_reports_the_quotient_of_the_printed_amounts(string rate, string expected, string message)
    {
        var f = Assert.Single(SelfEvaluationKit.FromText(Report(rate: rate)).Findings, f => f.RuleId == "FA4004");
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (decimal)f.Expected!);
        Assert.Contains(message, f.Message);
    }

    [Fact]
    public void Full_marks_for_a_missed_target_is_an_error_and_a_reverse_target_is_met_below_it()
    {
        Assert.Contains(SelfEvaluationKit.FromText(Report(actual: "10")).Findings, f => f.RuleId == "FA4008" && f.Severity == Core.Findings.Severity.Error);
        var cost = Report(target: "≤20", actual: "15").Replace("1.数量指标", "4.成本指标");
        Assert.DoesNotContain(SelfEvaluationKit.FromText(cost).Findings, f => f.RuleId == "FA4008");
    }

    [Theory]
    [InlineData("≥95%", TargetOperator.AtLeast, 95, "%")]
    [InlineData("＞240天", TargetOperator.GreaterThan, 240, "天")]
    [InlineData("≤43万元", TargetOperator.AtMost, 43, "万元")]
    [InlineData("15-20万元/个", TargetOperator.Range, 15, "万元/个")]
    [InlineData("不低于90%", TargetOperator.AtLeast, 90, "%")]
    [InlineData("5万元以内", TargetOperator.AtMost, 5, "万元")]
    [InlineData("50万元", TargetOperator.Plain, 50, "万元")]
    public void Targets_are_parsed_into_operator_value_and_unit(string text, TargetOperator op, int value, string unit)
    {
        var (d, _) = SelfEvaluationKit.FromText(Report(target: text));
        var t = d.Evaluations.Projects[0].Indicators[0].Target;
        Assert.Equal((op, (decimal)value, unit), (t.Operator, t.Value!.Value.Value, t.Unit));
    }

    [Theory]
    [InlineData("有效提高")]
    [InlineData("2020年12月31日前")]
    [InlineData("12月31日前")]
    public void Words_and_dates_are_qualitative(string text)
    {
        var (d, _) = SelfEvaluationKit.FromText(Report(target: text));
        Assert.Equal(TargetOperator.Qualitative, d.Evaluations.Projects[0].Indicators[0].Target.Operator);
    }

    private static readonly string[] Vocabulary =
    {
        "\t项目支出绩效自评表", "\t项目名称", "\t年度资金总额", "\t三级指标", "\t分值", "\t得分", "\t总分", "\t产出指标（50分）",
        "\t数量指标", "项目名称：x", "合计 80", "一、项目基本情况", "（1）a，目标值1，完成值，分值，得分。", "\t任务名称\t完成情况\t预算数",
        "\t金额合计\t\t1", "A部门决策（35分）", "\tA11x（2分）", "\t≥", "\t—", "\t9.96", "\t100%%", "1.测试项目自评综述：", "共涉及项目1个，涉及资金1万元",
        "\t年度总体目标", "\t预期目标", "预算数:", "执行数: 3", "（二）", "", "\t", "资金到", "位率", "（2分）", "7 是",
    };

    [Fact]
    public void Any_mix_of_labels_and_noise_never_crashes_extraction_or_rules()
    {
        Gen.OneOf(Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]), Gen.String[0, 12]).Array[0, 80]
            .Sample(lines => { SelfEvaluationKit.FromText(string.Join("\n", lines)); }, iter: 400);
    }
}
