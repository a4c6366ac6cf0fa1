using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The marks <see cref="TextMarks"/> finds in running text — placeholders, doubled units, rates without “%”, reporting
/// years — with their places. Their words are data (text-marks.json): the file loads, no list is empty, and every list
/// decides something — a text marked with an entry is marked otherwise once that entry is removed from a copy.
/// </summary>
public class TextMarkWordTests
{
    /// <summary>A place that shows the text's start, end and anchor: “3-7^5”.</summary>
    private static SourceLocation Place(int start, int end, int anchor) => new("t", Line: start, EndLine: end, Cell: anchor.ToString());

    private static string Shown(IEnumerable<TextMark> marks) =>
        string.Join("|", marks.Select(m => $"{m.Text}@{m.Location.Line}-{m.Location.EndLine}^{m.Location.Cell}{(m.Value is int v ? "=" + v : "")}"));

    /// <summary>What a use of the words (of the file, or of an edited copy when given) marks in a text, shown with the places.</summary>
    private static readonly Dictionary<string, Func<string?, string, string>> Uses = new()
    {
        ["placeholders"] = (json, t) => Shown(Marks(json).PlaceholdersIn(t, Place)),
        ["doubledUnits"] = (json, t) => Shown(Marks(json).In(t, Place).Where(m => m.Kind == TextMarkKind.DoubledUnit)),
        ["rates"] = (json, t) => Shown(Marks(json).In(t, Place).Where(m => m.Kind == TextMarkKind.RateWithoutPercent)),
        ["years"] = (json, t) => Shown(Marks(json).YearsIn(t, Place, title: false)),
        ["titleYears"] = (json, t) => Shown(Marks(json).YearsIn(t, Place, title: true)),
    };

    /// <summary>Each list of the file (its path), an entry, a use and a text, what the use gives with the entry and without it.</summary>
    public static TheoryData<string, string, string, string, string, string> Entries => new()
    {
        { "placeholders.repeated", "X", "placeholders", "《东川区“十XX五”规划》", "XX@6-8^6", "" },
        { "placeholders.repeated", "x", "placeholders", "购置Excel表格xx份", "xx@9-11^9", "" },
        { "placeholders.repeated", "Ｘ", "placeholders", "ＸＸ单位2023年度部门决算", "ＸＸ@0-2^0", "" },
        { "placeholders.repeated", "×", "placeholders", "项目编号××号，金额20.00万元。", "××@4-6^4", "" },
        { "placeholders.numerals.signs", "〇", "placeholders", "本部门〇〇年度收入合计100.00万元。", "〇〇@3-5^3", "" },
        { "placeholders.beforeUnit.signs", "×", "placeholders", "较×年增加100.00万元。", "×@1-2^1", "" },
        { "placeholders.beforeUnit.units", "台", "placeholders", "通用设备X台（套）。", "X@4-5^4", "" },
        { "placeholders.repeated", "□", "placeholders", "合同编号□□□□，金额20.00万元。", "□□□□@4-8^4", "" },
        { "placeholders.words", "某某", "placeholders", "该项目由某某科室负责实施。", "某某@4-6^4", "" },
        { "placeholders.maskedNames.surnames", "张", "placeholders", "在职人员张××等3人。", "", "××@5-7^5" },
        { "placeholders.maskedNames.after", "等", "placeholders", "在职人员张××等3人。", "", "××@5-7^5" },
        { "placeholders.repeated", "＊", "placeholders", "联系人＊＊，联系电话另行公布。", "＊＊@3-5^3", "" },
        { "placeholders.inYear.signs", "X", "placeholders", "本部门202X年度收入合计100.00万元。", "202X@3-7^3", "" },
        { "placeholders.inYear.centuries", "20", "placeholders", "本部门202X年度收入合计100.00万元。", "202X@3-7^3", "" },
        { "placeholders.bracketed.pairs", "[]", "placeholders", "[单位名称]2023年度部门决算", "[单位名称]@0-6^0", "" },
        { "placeholders.bracketed.ends", "名称", "placeholders", "【部门名称】2023年度部门决算", "【部门名称】@0-6^0", "" },
        { "placeholders.bracketed.emptyPairs", "【】", "placeholders", "本部门名称：【 】。", "【 】@6-9^6", "" },
        { "placeholders.blanks", "＿", "placeholders", "机关运行经费支出＿＿万元。", "＿＿@8-10^8", "" },
        { "placeholders.ellipses.signs", "…", "placeholders", "支出比上年增加……万元。", "……@7-9^7", "" },
        { "placeholders.ellipses.units", "%", "placeholders", "支出比上年增长…%。", "…@7-8^7", "" },
        { "placeholders.bracketed.roundPairs", "（）", "placeholders", "实施单位：（单位名称）", "（单位名称）@5-11^5", "" },
        { "placeholders.repeated", "ｘ", "placeholders", "收入合计ｘｘ万元。", "ｘｘ@4-6^4", "" },
        { "doubledUnits.units", "万元", "doubledUnits", "较上年增加27.57万元万元，主要原因是人员增加。", "万元万元@10-14^10", "" },
        { "doubledUnits.units", "万元", "doubledUnits", "慰问金共计5.00万元元旦期间发放。", "", "元元@10-12^10" },
        { "doubledUnits.units", "元", "doubledUnits", "本年购置办公用品支出15.00元 元。", "元 元@15-18^15", "" },
        { "doubledUnits.signs", "%", "doubledUnits", "支出合计1500.00万元，比上年增长12.5%%。", "%%@23-25^23", "" },
        { "doubledUnits.signs", "％", "doubledUnits", "支出合计1500.00万元，比上年下降3.0%％。", "%％@22-24^22", "" },
        { "rateWithoutPercent.leads", "完成预算的", "rates", "全年预算数350.00万元，执行数208.80万元，完成预算的60.00，", "完成预算的60.00@26-36^31", "" },
        { "rateWithoutPercent.leads", "完成年初预算的", "rates", "年初预算120.00万元，完成年初预算的95.2。", "完成年初预算的95.2@13-24^20", "" },
        { "rateWithoutPercent.leads", "预算执行率为", "rates", "全年预算数80.00万元，预算执行率为98.5，", "预算执行率为98.5@13-23^19", "执行率为98.5@15-23^19" },
        { "rateWithoutPercent.leads", "预算执行率", "rates", "全年预算数80.00万元，预算执行率 98.5。", "预算执行率 98.5@13-23^19", "执行率 98.5@15-23^19" },
        { "rateWithoutPercent.leads", "执行率为", "rates", "全年预算数80.00万元，项目执行率为100。", "执行率为100@15-22^19", "" },
        { "rateWithoutPercent.leads", "执行率", "rates", "全年预算数80.00万元，资金执行率100。", "执行率100@15-21^18", "" },
        { "rateWithoutPercent.leads", "增长", "rates", "支出合计1500.00万元，比上年增长12.5，", "增长12.5@17-23^19", "" },
        { "rateWithoutPercent.leads", "下降", "rates", "公用经费52.30万元，较上年下降3.2。", "下降3.2@15-20^17", "" },
        { "rateWithoutPercent.frames", "占…的", "rates", "公用经费52.30万元，占一般公共预算财政拨款支出总额的35.6，", "占一般公共预算财政拨款支出总额的35.6@12-32^28", "" },
        { "rateWithoutPercent.unitsAfter", "%", "rates", "支出合计1500.00万元，比上年增长12.5%。", "", "增长12.5@17-23^19" },
        { "rateWithoutPercent.unitsAfter", "‰", "rates", "支出合计1500.00万元，比上年增长40‰。", "", "增长40@17-21^19" },
        { "rateWithoutPercent.unitsAfter", "万", "rates", "收入合计较上年增长35.60万元。", "", "增长35.60@7-14^9" },
        { "rateWithoutPercent.unitsAfter", "个", "rates", "培训费12.00万元，培训人数比上年下降2个百分点。", "", "下降2@18-21^20" },
        { "rateWithoutPercent.unitsAfter", "倍", "rates", "车辆购置费15.00万元，比上年增长1.5倍。", "", "增长1.5@16-21^18" },
        { "sentenceYear.subjects", "我单位", "years", "我单位2023年度支出合计80.00万元。", "2023@0-9^3=2023", "" },
        { "sentenceYear.subjects", "本部门", "years", "本部门 2020 年度收入合计1500.00万元。", "2020@0-11^4=2020", "" },
        { "sentenceYear.comparisons", "相比", "years", "2019年度决算与上年相比增加12.00万元。", "", "2019@0-6^0=2019" },
        { "sentenceYear.comparisons", "执行", "years", "2024年预算执行率为98.00%。", "", "2024@0-5^0=2024" },
        { "sentenceYear.figureWords", "预算", "years", "2023年本部门预算安排80.00万元。", "2023@0-5^0=2023", "" },
        { "sentenceYear.figureWords", "决算", "years", "2019年，决算数为1200.00万元。", "2019@0-5^0=2019", "" },
        { "sentenceYear.figureWords", "收入", "years", "2023年本单位收入合计1500.00万元。", "2023@0-5^0=2023", "" },
        { "sentenceYear.figureWords", "支出", "years", "2023年我部门支出合计1400.00万元。", "2023@0-5^0=2023", "" },
        { "titleYear.comparisons", "执行", "titleYears", "（三）2022年部门预算执行情况", "", "2022@3-12^3=2022" },
        { "titleYear.comparisons", "对比", "titleYears", "2022年决算对比情况", "", "2022@0-7^0=2022" },
        { "titleYear.comparisons", "相比", "titleYears", "2022年部门决算相比上年变动情况", "", "2022@0-9^0=2022" },
        { "titleYear.comparisons", "比较", "titleYears", "2022年决算比较分析", "", "2022@0-7^0=2022" },
        { "titleYear.comparisons", "与", "titleYears", "2022年决算与上年决算变动情况", "", "2022@0-7^0=2022" },
        { "titleYear.words", "决算", "titleYears", "第三部分 2022年部门决算情况说明", "2022@5-14^5=2022", "" },
        { "titleYear.words", "部门预算", "titleYears", "上海市普陀区2025年区级部门预算", "2025@6-17^6=2025", "" },
        { "titleYear.words", "单位预算", "titleYears", "2025年单位预算编制说明", "2025@0-9^0=2025", "" },
        { "yearEnd.words", "截至", "years", "截至2023年12月31日，本部门共有车辆6辆。", "2023@0-13^2=2023", "" },
        { "yearEnd.words", "截止", "years", "截止 2024年12月31日，本单位资产总额120.00万元。", "2024@0-14^3=2024", "" },
    };

    private static TextMarks Marks(string? json) => json is null ? TextMarks.Default : TextMarks.FromJson(json);

    [Fact]
    public void The_file_loads_and_no_list_is_empty()
    {
        Assert.NotNull(TextMarks.Default);
        WordFiles.AssertHoldsWords("text-marks.json");
    }

    [Fact]
    public void Every_list_is_shown_to_decide_something()
    {
        var shown = Entries.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(WordFiles.Lists(WordFiles.File("text-marks.json")).Select(l => l.Path).Order(), shown.Order());
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_text_is_marked_by_its_entry(string path, string entry, string use, string text, string with, string without)
    {
        Assert.Equal(with, Uses[use](null, text));
        Assert.Equal(without, Uses[use](WordFiles.Without("text-marks.json", path, entry), text));
    }

    [Theory]
    [InlineData("《东川区“十XX五”规划》", "XX@6-8^6")]
    [InlineData("XX支出（类）XX（款）XX（项）年初预算为XX万元。", "XX@0-24^0")]
    [InlineData("本部门××年度收入合计□□□万元。由某某科室负责。", "××”“□□□@3-14^3|某某@18-20^18")]
    [InlineData("ＸＸ单位2023年度部门决算", "ＸＸ@0-2^0")]
    [InlineData("购置Excel表格xx份", "xx@9-11^9")]
    [InlineData("购置XXL型号服装和X光机，某单位参加。", "")]
    [InlineData("二〇〇八年建成，较×年增加3×4个。", "×@9-10^9")]
    public void Placeholders_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Default.PlaceholdersIn(text, Place)));
    }

    [Theory]
    [InlineData("较上年增加27.57万元万元，主要原因是人员增加。", "万元万元@10-14^10")]
    [InlineData("支出合计100.00万元 万元。", "万元 万元@10-15^10")]
    [InlineData("本年购置办公用品支出15.00元 元。", "元 元@15-18^15")]
    [InlineData("比上年增长12.5%%，比上年下降3.0%％。", "%%@9-11^9|%％@20-22^20")]
    [InlineData("慰问金共计5.00万元元旦期间发放，占比12.5%。", "")]
    public void Doubled_units_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Find(text, Place).Where(m => m.Kind == TextMarkKind.DoubledUnit)));
    }

    [Theory]
    [InlineData("全年预算数350.00万元，执行数208.80万元，完成预算的60.00，", "完成预算的60.00@26-36^31")]
    [InlineData("年初预算120.00万元，完成年初预算的95.2。", "完成年初预算的95.2@13-24^20")]
    [InlineData("全年预算数80.00万元，预算执行率为98.5，项目执行率100。", "预算执行率为98.5@13-23^19|执行率100@26-32^29")]
    [InlineData("公用经费52.30万元，占一般公共预算财政拨款支出总额的35.6，", "占一般公共预算财政拨款支出总额的35.6@12-32^28")]
    [InlineData("支出合计1500.00万元，比上年增长12.5，较上年下降3.2。", "增长12.5@17-23^19|下降3.2@27-32^29")]
    [InlineData("支出合计1500.00万元，比上年增长12.5%，培训人数下降2个，车辆增长1.5倍，完成预算的60.00%。", "")]
    // A text with neither “元” nor “%” is looked through too.
    [InlineData("项目执行率100，比上年增长12.5。", "执行率100@2-8^5|增长12.5@12-18^14")]
    [InlineData("培训人数增长12人，车辆下降1.5倍。", "")]
    public void Rates_without_percent_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Find(text, Place).Where(m => m.Kind == TextMarkKind.RateWithoutPercent)));
    }

    [Theory]
    [InlineData("本部门2020年度收入合计1500.00万元。", "2020@0-9^3=2020")]
    [InlineData("我单位 2023 年度支出合计80.00万元。2019年度决算与上年相比增加。", "2023@0-11^4=2023")]
    [InlineData("本单位2021年度支出合计100.00万元。我部门2021年度项目支出50.00万元。", "2021@0-9^3=2021|2021@22-31^25=2021")]
    [InlineData("截至2023年12月31日，本部门共有车辆6辆。", "2023@0-13^2=2023")]
    [InlineData("截止 2024年12月31日，本单位资产总额120.00万元。截至2024年8月31日共有车辆6辆。", "2024@0-14^3=2024")]
    [InlineData("收入合计较2019年度增加12.00万元。", "")]
    public void Reporting_years_of_statements_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Years(text, Place, title: false)));
    }

    [Theory]
    [InlineData("（二）关于2020年度支出决算情况说明", "2020@5-11^5=2020")]
    [InlineData("上海市普陀区财政局2023年度部门决算", "2023@9-15^9=2023")]
    [InlineData("沪财绩〔2020〕年度评价通知", "")]
    public void Reporting_years_of_titles_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Years(text, Place, title: true)));
    }
}
