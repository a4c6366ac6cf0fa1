using CsCheck;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>Fact extraction on sentences taken from the seeds (and variants with odd printing).</summary>
public class FactExtractionTests
{
    private static List<NarrativeFact> Facts(string text) => NarrativeTestKit.FromText(text).Narrative.Facts;

    [Fact]
    public void Breakdown_with_shares_from_seed_000_keeps_whole_and_parts()
    {
        var facts = Facts("本部门2020年度收入合计4231.50万元，其中：财政拨款收入4137.06万元，占97.77%；事业收入0.00万元，占0.00%；经营收入0.00万元，占0.00%；其他收入94.43万元，占2.23%。");
        var whole = facts.Single(f => f.Kind == FactKind.Amount && f.Key == "收入合计");
        Assert.Equal(4231.50m, whole.Amount!.Value.Value);
        Assert.Equal(new[] { "财政拨款收入", "事业收入", "经营收入", "其他收入" }, whole.Parts.Select(p => p.Key));
        var share = facts.First(f => f.Kind == FactKind.Share);
        Assert.Equal(97.77m, share.Percent!.Value.Value);
        Assert.Equal(2, share.Percent!.Value.Decimals);
        Assert.Same(whole, share.Whole);
        Assert.Equal("收入合计/财政拨款收入", share.Subject!.QualifiedKey);
    }

    [Fact]
    public void Change_with_rate_finds_the_current_amount_by_name()
    {
        var facts = Facts("本部门2020年度收入总计4308.68万元，其中：本年收入合计4231.50万元，使用非财政拨款结余0.00万元，年初结转和结余77.18万元；支出总计4308.68万元，其中：结余分配0.07万元，年末结转和结余228.35万元。与2019年度相比，收入总计增加298.91万元，增长7.45%；支出总计增加298.91万元，增长7.45%。");
        var changes = facts.Where(f => f.Kind == FactKind.Change).ToList();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(298.91m, c.Amount!.Value.Value));
        Assert.All(changes, c => Assert.Equal(7.45m, c.Percent!.Value.Value));
        Assert.Equal("收入总计", changes[0].Subject!.Key);
        Assert.Equal("支出总计", changes[1].Subject!.Key);
        Assert.True(changes[0].SubjectByName);
        var income = facts.First(f => f.Key == "收入总计");
        Assert.Equal(new[] { "收入合计", "使用非财政拨款结余", "年初结转和结余" }, income.Parts.Select(p => p.Key));
    }

    [Fact]
    public void Completion_reads_budget_actual_and_rate()
    {
        var facts = Facts("本部门2020年度财政拨款“三公”经费预算为37.17万元，支出决算为17.07万元，完成预算的45.90%，其中：因公出国（境）费预算为0.00万元，支出决算为0.00万元，完成预算的0.00%。");
        var completions = facts.Where(f => f.Kind == FactKind.Completion).ToList();
        Assert.Equal(2, completions.Count);
        Assert.Equal((37.17m, 17.07m, 45.90m), (completions[0].Budget!.Value.Value, completions[0].Amount!.Value.Value, completions[0].Percent!.Value.Value));
        Assert.Equal("因公出国（境）费", completions[1].Quantity);
        Assert.Equal(0m, completions[1].Budget!.Value.Value);
    }

    [Fact]
    public void Odd_spacing_and_integer_percent_from_seed_002()
    {
        var facts = Facts("2020 年度收支总计均为 204.29 万元。与上年度相比，收、支总计各减少 29.46 万元，下降 12.6%。");
        var change = facts.Single(f => f.Kind == FactKind.Change);
        Assert.Equal(-1, change.Direction);
        Assert.Equal(29.46m, change.Amount!.Value.Value);
        Assert.Equal(1, change.Percent!.Value.Decimals);
        Assert.Equal(204.29m, change.Subject!.Amount!.Value.Value);
    }

    [Fact]
    public void Full_width_digits_and_thousands_separators()
    {
        var facts = Facts("本部门2019年度收入总计１,４６８.４９万元，其中：本年收入合计1,382.11万元，年初结转和结余86.37万元。");
        Assert.Equal(1468.49m, facts.First().Amount!.Value.Value);
        Assert.Equal(2, facts.First().Amount!.Value.Decimals);
        Assert.Equal(1382.11m, facts.Single(f => f.Key == "收入合计").Amount!.Value.Value);
    }

    [Fact]
    public void Numbers_split_across_wrapped_lines_like_seed_004()
    {
        var text = "本部门2019年度支出合计1,207.7万元，其中：基本支出\n\n969.01万元，占80.2%；项目支出238.68万元，占19.8%。\n";
        var facts = Facts(text);
        var whole = facts.Single(f => f.Key == "支出合计");
        Assert.Equal(new[] { 969.01m, 238.68m }, whole.Parts.Select(p => p.Amount!.Value.Value));
        Assert.Equal(3, facts.Single(f => f.QualifiedKey == "支出合计/基本支出" && f.Kind == FactKind.Amount).Location.Line);
        var digits = Facts("本部门2019年度一般公共预算财政拨款支出合计1,18\n1.9万元，其中：基本支出968.8万元。");
        Assert.Equal(1181.9m, digits.First().Amount!.Value.Value);
    }

    [Fact]
    public void Nested_list_closes_when_the_separator_changes_seed_001()
    {
        var facts = Facts("（1）基本支出情况。2020年基本支出1017.73万元。占总支出的93.79%，其中：人员经费901.58万元，其中：工资福利支出864.21万元、对个人和家庭的补助支出37.37万元，占基本支出的88.59％，日常公用支出等（商品和服务支出、办公设备购置等）116.17万元,占基本支出的11.41％。");
        var personnel = facts.Single(f => f.Key == "人员经费" && f.Kind == FactKind.Amount);
        Assert.Equal(new[] { 864.21m, 37.37m }, personnel.Parts.Select(p => p.Amount!.Value.Value));
        var basic = facts.First(f => f.Key == "基本支出" && f.Kind == FactKind.Amount);
        Assert.Equal(new[] { 901.58m, 116.17m }, basic.Parts.Select(p => p.Amount!.Value.Value));
        Assert.All(facts.Where(f => f.Kind == FactKind.Share && f.Base == "基本支出"), s => Assert.Same(basic, s.Whole));
    }

    [Fact]
    public void Average_links_total_and_vehicle_count()
    {
        var facts = Facts("公务用车运行维护费支出16.97万元，用于车辆燃油费、过路过桥费等，车均运维费2.83万元，公务用车运行维护费支出较上年增加0.12万元。财政拨款开支的公务用车保有量为6辆。");
        var avg = facts.Single(f => f.Kind == FactKind.Average);
        Assert.Equal(16.97m, avg.Subject!.Amount!.Value.Value);
        Assert.Equal(6m, avg.Count!.Amount!.Value.Value);
    }

    [Fact]
    public void Years_document_numbers_and_ordinals_are_not_facts()
    {
        var facts = Facts("根据《关于开展2020年度预算绩效自评工作的通知》（沁财绩效〔2020〕11号）文件，我单位内设机构 4 个，截至2020年12月31日共有车辆0辆。");
        Assert.DoesNotContain(facts, f => f.Amount?.Value is 2020m or 11m or 12m or 31m);
        Assert.Contains(facts, f => f.Kind == FactKind.Count && f.Unit == "辆");
    }

    [Fact]
    public void Bare_amount_after_execution_label_is_read()
    {
        var facts = Facts("根据年初设定的绩效目标，项目自评得分97分。全年预算数为97万元，执行数为91.15，完成预算的94.00%。");
        var c = facts.Single(f => f.Kind == FactKind.Completion);
        Assert.Equal((97m, 91.15m, 94.00m), (c.Budget!.Value.Value, c.Amount!.Value.Value, c.Percent!.Value.Value));
    }

    [Fact]
    public void Short_flattened_cells_give_no_facts()
    {
        var facts = Facts("资金到位率\n2\n100%\n2\n预算执行率\n5\n87%\n");
        Assert.Empty(facts);
    }

    [Fact]
    public void Scanner_never_crashes_and_positions_are_inside_the_text()
    {
        Gen.String[" 0123456789,.%％万元，。：其中占增长预算为０１２"].Sample(s =>
        {
            foreach (var m in NumberScanner.Scan(s)) Assert.InRange(m.Start, 0, m.End);
            NarrativeTestKit.FromText(s);
        }, iter: 2000);
    }
}
