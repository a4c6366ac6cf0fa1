using System.Text.Json.Nodes;
using FiscalAudit.Core.Documents;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The words read around a number are data (label-words.json): the file loads, no list is empty, and every list
/// decides something — a label or sentence read with an entry is read otherwise once that entry is removed from a copy.
/// </summary>
public class LabelWordTests
{
    /// <summary>What a use of the words (of the file, or of an edited copy when given) gives for a text, as text.</summary>
    private static readonly Dictionary<string, Func<string?, string, string>> Uses = new()
    {
        ["direction"] = (json, t) => Words(json).ChangeDirection(t)?.ToString() ?? "none",
        ["withoutComparative"] = (json, t) => Words(json).WithoutComparative(t),
        ["endsWithComparison"] = (json, t) => Words(json).EndsWithComparison(t).ToString(),
        ["yearLed"] = (json, t) => Words(json).IsYearLed(t).ToString(),
        ["previousYear"] = (json, t) => Words(json).NamesPreviousYear(t).ToString(),
        ["withoutOrdinal"] = (json, t) => Words(json).WithoutOrdinal(t),
        ["withoutSubject"] = (json, t) => Words(json).WithoutSubject(t),
        ["withoutTrailingVerbs"] = (json, t) => Words(json).WithoutTrailingVerbs(t),
        ["pairedWord"] = (json, t) => Words(json).IsInsidePairedWord(t, t.IndexOf('、')).ToString(),
        ["listAfterComma"] = (json, t) => Words(json).OpensListAfterComma(t).ToString(),
        ["itemJoiner"] = (json, t) => Words(json).ItemJoinerAt(t, 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["completion"] = (json, t) => Words(json).IsCompletionRate(t).ToString(),
        ["average"] = (json, t) => Words(json).IsAverageLabel(t).ToString(),
        ["countUnits"] = (json, t) => string.Join(",", Words(json).CountUnitsOf(t)),
        ["joinedNames"] = (json, t) => Words(json).NamesBothSides(t, new[] { "公务用车购置费", "公务用车运行维护费" }).ToString(),
        ["scopedLabel"] = (json, t) => Words(json).TakesSentenceScope(t).ToString(),
        ["fundScope"] = (json, t) => Words(json).IsFundScope(t).ToString(),
        ["otherFlow"] = (json, t) => Words(json).NamesOtherFlow("收入预算", t).ToString(),
        ["budget"] = (json, t) => Words(json).IsBudgetLabel(t).ToString(),
        ["budgetSubject"] = (json, t) => Words(json).BudgetSubject(t),
        ["budgetIncrement"] = (json, t) => Words(json).IsBudgetIncrement(t).ToString(),
        ["budgetChange"] = (json, t) => Words(json).BudgetChangeSign(t)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
        ["noBudget"] = (json, t) => Words(json).StatedNoBudget(t)?.ToString() ?? "none",
        ["previousLabel"] = (json, t) => Previous(json).IsOnlyPrevious(t).ToString(),
        ["namesPrevious"] = (json, t) => Previous(json).NamesPrevious(t, "支出总计").ToString(),
        ["sameAsPrevious"] = (json, t) => Previous(json).SameIn(t)?.Value ?? "none",
        ["changeBase"] = (json, t) => Previous(json).ChangeBase(t),
        ["baseKind"] = (json, t) => Previous(json).KindOf(t),
        ["comparisonBase"] = (json, t) => string.Join("|",
            (json is null ? ComparisonBases.Default : ComparisonBases.FromJson(json)).In(t, (_, _, _) => new SourceLocation("t")).Select(m => $"{m.Text} {m.Value}")),
        ["budgetBase"] = (json, t) => Bases(json).In(t) is { } b ? $"{b.Kind} {b.Name}" : "none",
        ["ownActual"] = (json, t) => Bases(json).IsActual(t).ToString(),
        ["statedBase"] = (json, t) => Bases(json).StatedIn(t.Split('|')[0], t.Split('|')[1], null) is { } b ? $"{b.Kind} {b.Name} {b.Item}".Trim() : "none",
        ["saving"] = (json, t) => Bases(json).Saves(t).ToString(),
        ["reasons"] = (json, t) => ReasonsRead(json, t),
        ["reached"] = (json, t) => Words(json).LeadsToReached(t).ToString(),
        ["budgetComparison"] = (json, t) =>
            (json is null ? ComparisonWords.Default : ComparisonWords.FromJson(json)).FirstIn(t) is { } c ? $"{c.Direction} {c.Approximate} {c.Text}" : "none",
    };

    private static LabelWords Words(string? json) => json is null ? LabelWords.Default : LabelWords.FromJson(json);

    private static BudgetBases Bases(string? json) => json is null ? BudgetBases.Default : BudgetBases.FromJson(json);

    /// <summary>How many reasons the changes of <paramref name="text"/> are read to have, read again with the words of <paramref name="json"/>.</summary>
    private static string ReasonsRead(string? json, string text)
    {
        var facts = NarrativeTestKit.FromText(text).Narrative.Facts;
        foreach (var fact in facts) fact.Reasons.Clear();
        (json is null ? ChangeReasons.Default : ChangeReasons.FromJson(json)).Read(text, facts);
        return facts.Sum(f => f.Reasons.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static PreviousYearWords Previous(string? json) => json is null ? PreviousYearWords.Default : PreviousYearWords.FromJson(json);

    /// <summary>Each list of the file (its path), an entry, a use and a text, what the use gives with the entry and without it.</summary>
    public static TheoryData<string, string, string, string, string, string> Entries => new()
    {
        { "figures.words", "决算数", "yearLed", "2019年度决算数为", "True", "False" },
        { "figures.words", "执行数", "withoutComparative", "较上年执行数", "", "较上年执行数" },
        { "possessive.words", "的", "yearLed", "2017年度的预算数为", "True", "False" },
        { "possessive.words", "的", "budgetSubject", "办公经费的年初预算", "办公经费", "办公经费的" },
        { "comparative.frames", "与…相比", "withoutComparative", "与上年同期数据相比", "", "与上年同期数据相比" },
        { "comparative.prepositions", "较", "withoutComparative", "较上年", "", "较上年" },
        { "comparative.alone", "同比", "withoutComparative", "项目支出同比", "项目支出", "项目支出同比" },
        { "comparative.bases", "年初预算", "withoutComparative", "较年初预算", "", "较年初预算" },
        { "lastYear.words", "上一年度", "withoutComparative", "比上一年度决算", "", "比上一年度决算" },
        { "comparative.closers", "相比", "endsWithComparison", "与2016年度相比", "True", "False" },
        { "comparative.closers", "相比", "withoutComparative", "较上年决算数相比", "", "较上年决算数相比" },
        { "changeVerbs.rising", "提高", "direction", "人员经费较上年提高", "1", "none" },
        { "changeVerbs.rising", "增幅", "direction", "商品和服务支出增幅", "1", "none" },
        { "changeVerbs.falling", "降低", "direction", "公用经费较上年降低了", "-1", "none" },
        { "changeVerbs.level", "持平", "direction", "一般公共预算财政拨款支出与上年持平", "0", "none" },
        { "periods.words", "同期", "yearLed", "2016年同期支出为", "True", "False" },
        { "yearLed.totals", "收入", "yearLed", "2016年度收入为", "True", "False" },
        { "copulas.words", "是", "yearLed", "2017年度预算数是", "True", "False" },
        { "yearLed.previousYear", "上年", "previousYear", "（上年为", "True", "False" },
        { "itemOrdinals.numerals", "三", "withoutOrdinal", "（三）公务接待费", "公务接待费", "（三）公务接待费" },
        { "itemOrdinals.numerals", "二", "withoutOrdinal", "二是培训费", "培训费", "二是培训费" },
        { "itemOrdinals.points", "是", "withoutOrdinal", "一是办公费", "办公费", "一是办公费" },
        { "subjects.names", "我单位", "withoutSubject", "我单位2023年度收入合计", "收入合计", "我单位2023年度收入合计" },
        { "subjects.names", "本部门", "withoutSubject", "本部门年初结转和结余", "年初结转和结余", "本部门年初结转和结余" },
        { "subjects.organisationEnds", "中心", "withoutSubject", "区信息中心2023年支出合计", "支出合计", "区信息中心2023年支出合计" },
        { "subjects.yearParts", "末", "withoutSubject", "2023年末实有车辆", "实有车辆", "末实有车辆" },
        { "trailingVerbs.words", "共计", "withoutTrailingVerbs", "项目支出共计", "项目支出", "项目支出共计" },
        { "trailingVerbs.words", "均为", "withoutTrailingVerbs", "两项经费均为", "两项经费", "两项经费均" },
        { "pairedWords.words", "收、支", "pairedWord", "收、支总计", "True", "False" },
        { "listAfterComma.words", "其中", "listAfterComma", "其中", "True", "False" },
        { "itemJoiners.words", "和", "itemJoiner", "和项目支出", "1", "0" },
        { "itemJoiners.words", "以及", "itemJoiner", "以及项目支出", "2", "0" },
        { "comparative.each", "均", "withoutComparative", "同比均", "", "同比均" },
        { "completion.words", "执行率", "completion", "预算执行率为98.5%", "True", "False" },
        { "completion.words", "完成", "completion", "完成年初预算的95.2%", "True", "False" },
        { "average.words", "人均", "average", "人均培训费", "True", "False" },
        { "average.words", "车均", "average", "车均运行维护费", "True", "False" },
        { "average.counted.vehicles.marks", "车", "countUnits", "车均运行维护费", "辆", "" },
        { "average.counted.vehicles.units", "辆", "countUnits", "车均运行维护费", "辆", "" },
        { "average.counted.persons.marks", "人均", "countUnits", "人均接待费", "人次,人", "" },
        { "average.counted.persons.units", "人次", "countUnits", "人均接待费", "人次,人", "人" },
        { "average.words", "批均", "average", "批均接待费", "True", "False" },
        { "average.counted.batches.marks", "批均", "countUnits", "批均接待费", "批次,批", "" },
        { "average.counted.batches.units", "批次", "countUnits", "批均接待费", "批次,批", "批" },
        { "average.counted.times.marks", "次均", "countUnits", "次均会议费", "次", "" },
        { "average.counted.times.units", "次", "countUnits", "次均会议费", "次", "" },
        { "joinedNames.joiners", "及", "joinedNames", "公务用车购置及运行维护费支出", "True", "False" },
        { "joinedNames.ends", "费", "joinedNames", "公务用车购置及运行维护费支出", "True", "False" },
        { "scoped.labels", "支出", "scopedLabel", "支出总计", "True", "False" },
        { "scoped.labels", "年初结转", "scopedLabel", "年初结转和结余", "True", "False" },
        { "scoped.scopes", "财政拨款", "fundScope", "财政拨款", "True", "False" },
        { "flows.sides", "收入", "otherFlow", "支出预算", "True", "False" },
        { "flows.sides", "支出", "otherFlow", "支出预算", "True", "False" },
        { "scoped.scopes", "预算", "fundScope", "政府性基金预算", "True", "False" },
        { "budget.words", "预算", "budget", "公务接待费预算安排", "True", "False" },
        { "budget.unlessWith", "决算", "budget", "公务接待费年初预算与决算", "False", "True" },
        { "budget.endings", "预算数为", "budget", "基本支出预算数为", "True", "False" },
        { "budget.notFigures", "政府性基金预算", "budget", "政府性基金预算财政拨款收入", "False", "True" },
        { "budget.subjectEnds", "全年预算", "budgetSubject", "培训费全年预算为", "培训费", "培训费全年" },
        { "budget.subjectEnds", "调整预算", "budgetSubject", "办公费调整预算", "办公费", "办公费调整" },
        { "budget.statedNone.words", "年初未安排预算", "budgetSubject", "公务接待费年初未安排预算", "公务接待费", "公务接待费年初" },
        { "budget.increments.words", "调整增加", "budgetIncrement", "调整增加预算", "True", "False" },
        { "budget.increments.words", "年中追加", "budgetSubject", "会议费年中追加预算", "会议费", "会议费年中" },
        { "budget.decrements.words", "调整减少", "budgetChange", "调整减少预算", "-1", "none" },
        { "budget.decrements.words", "年中调减", "budgetSubject", "会议费年中调减", "会议费", "会议费年中" },
        { "budget.increments.words", "调增", "budgetChange", "调增", "1", "none" },
        { "budget.statedNone.words", "年初未安排预算", "noBudget", "。该项目年初未安排预算，支出决算为", "(4, 7)", "(6, 5)" },
        { "budgetComparison.actuals", "执行数", "budgetComparison", "本年度项目支出执行数低于预算数，主要原因是部分项目尚未完工。", "-1 False 执行数低于预算数", "none" },
        { "budgetComparison.budgets", "预算数", "budgetComparison", "2023年度支出决算数大于预算数，主要是追加了防汛经费。", "1 False 决算数大于预算数", "1 False 决算数大于预算" },
        { "budgetComparison.budgetQualifiers", "调整后", "budgetComparison", "支出决算小于调整后预算，主要原因是严格控制一般性支出。", "-1 False 决算小于调整后预算", "none" },
        { "budgetComparison.greater", "超过", "budgetComparison", "本年度决算数超过年初预算数。", "1 False 决算数超过年初预算数", "none" },
        { "budgetComparison.less", "低于", "budgetComparison", "一般公共预算财政拨款支出决算数略低于预算数。", "-1 True 决算数略低于预算数", "none" },
        { "budgetComparison.equal", "等于", "budgetComparison", "公务接待费决算数等于预算数。", "0 False 决算数等于预算数", "none" },
        { "budgetComparison.looseOrdered", "略", "budgetComparison", "支出决算略高于全年预算。", "1 True 决算略高于全年预算", "none" },
        { "budgetComparison.conjunctions", "和", "budgetComparison", "本年度决算数和预算数基本一致。", "0 True 决算数和预算数基本一致", "none" },
        { "budgetComparison.level", "一致", "budgetComparison", "2023年度决算数与年初预算数一致。", "0 False 决算数与年初预算数一致", "none" },
        { "budgetComparison.looseLevel", "基本", "budgetComparison", "支出决算数与预算数基本持平。", "0 True 决算数与预算数基本持平", "none" },
        { "previousYear.prepositions", "比", "previousLabel", "比上年预算数", "True", "False" },
        { "previousYear.prepositions", "同", "sameAsPrevious", "，同上年相比保持一致。", "同上年相比保持一致", "none" },
        { "previousYear.closers", "比较", "sameAsPrevious", "，与上年比较，无变化。", "与上年比较，无变化", "none" },
        { "previousYear.same", "没有变化", "sameAsPrevious", "，与上年预算数没有变化。", "与上年预算数没有变化", "none" },
        { "previousYear.changeBases", "预算执行", "changeBase", "一般公共预算财政拨款支出比2024年预算执行", "执行", "预算" },
        { "previousYear.baseKinds", "执行", "baseKind", "上年预算执行数", "执行", "预算" },
        { "previousYear.baseKinds", "决算", "baseKind", "上年决算数", "决算", "" },
        { "lastYear.words", "上年", "namesPrevious", "上年支出总计为", "True", "False" },
        { "lastYear.words", "上一年度", "previousLabel", "上一年度决算数为", "True", "False" },
        { "periods.words", "同期", "namesPrevious", "上年同期的支出总计", "True", "False" },
        { "copulas.words", "为", "previousLabel", "上年决算数为", "True", "False" },
        { "comparative.closers", "相比", "previousLabel", "与上年预算数相比", "True", "False" },
        { "figures.words", "预算数", "sameAsPrevious", "，与上年预算数持平。", "与上年预算数持平", "none" },
        { "possessive.words", "的", "previousLabel", "上年同期的决算数为", "True", "False" },
        { "comparisonBases.follows", "持平", "comparisonBase", "日常公用经费支出与上年预算数持平。", "上年预算数 ", "" },
        { "comparisonBases.follows", "相较", "comparisonBase", "与2023年度决算数相较，本年度支出总计增加120.00万元。", "2023年度决算数 2023", "" },
        { "comparative.prepositions", "比", "comparisonBase", "一般公共预算财政拨款支出比2024年预算执行数增加35.60万元。", "2024年预算执行数 2024", "" },
        { "previousYear.changeBases", "预算执行", "comparisonBase", "项目支出比2024年预算执行增加。", "2024年预算执行 2024", "" },
        { "budgetBases.thisYear", "本年", "budgetBase", "支出决算较本年预算增加", "Budget 本年预算", "none" },
        { "budgetBases.words", "年初预算", "budgetBase", "较年初预算增加", "InitialBudget 年初预算", "none" },
        { "budgetBases.words", "全年预算", "budgetBase", "与全年预算相比减少", "AdjustedBudget 全年预算", "none" },
        { "budgetBases.tails", "数", "budgetBase", "比预算数增加", "Budget 预算数", "Budget 预算" },
        { "budgetBases.notBefore", "执行", "budgetBase", "比预算执行数增加", "none", "Budget 预算" },
        { "budgetBases.actuals", "决算数", "ownActual", "本年决算数", "True", "False" },
        { "budgetBases.joiners", "的", "statedBase", "比年初预算的|", "InitialBudget 年初预算", "none" },
        { "budgetBases.arranged", "年初安排", "statedBase", "较年初安排的|", "Budget 年初安排", "none" },
        { "budgetBases.closers", "相比", "statedBase", "与年初预算|相比", "InitialBudget 年初预算", "none" },
        { "budgetBases.savings", "节约", "saving", "节约了", "True", "False" },
        { "changeReasons.leads", "原因是", "reasons", "支出比2019年增加5.36万元，原因是：一是劳务费增加4.20万元；二是办公设备购置费增加1.16万元。", "2", "0" },
        { "changeReasons.partial", "主要", "reasons", "支出比2019年增加5.36万元，主要原因是：一是劳务费增加4.20万元；二是办公设备购置费增加1.16万元。", "0", "2" },
        { "comparative.bases", "全年预算", "withoutComparative", "较全年预算", "", "较全年预算" },
        { "reachedAfterChange.words", "降至", "reached", "，降至", "True", "False" },
        { "budgetComparison.approximate", "相当", "budgetComparison", "执行数与预算数相当。", "0 True 执行数与预算数相当", "0 False 执行数与预算数相当" },
    };

    [Fact]
    public void The_file_loads_and_no_list_is_empty()
    {
        Assert.NotNull(LabelWords.Default);
        WordFiles.AssertHoldsWords("label-words.json");
    }

    [Fact]
    public void Every_list_is_shown_to_decide_something()
    {
        var shown = Entries.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(WordFiles.Lists(File()).Select(l => l.Path).Order(), shown.Order());
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_label_is_read_by_its_entry(string path, string entry, string use, string text, string with, string without)
    {
        Assert.Equal(with, Uses[use](null, text));
        Assert.Equal(without, Uses[use](Without(path, entry), text));
    }

    [Theory]
    [InlineData("收入总计较2019年度增加", 1, "收入总计")]
    [InlineData("1.基本支出较上年减少了", -1, "基本支出")]
    [InlineData("本部门2020年度一般公共预算财政拨款支出比2019年预算执行数增长", 1, "一般公共预算财政拨款支出")]
    [InlineData("三公经费支出与上年持平", 0, "三公经费支出")]
    public void A_change_is_read_through_the_words(string label, int direction, string subject)
    {
        Assert.Equal(direction, Labels.ChangeDirection(label));
        Assert.Equal(subject, Labels.ChangeSubject(label));
    }

    private static JsonNode File() => WordFiles.File("label-words.json");

    private static string Without(string path, string entry) => WordFiles.Without("label-words.json", path, entry);
}
