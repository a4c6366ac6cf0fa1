using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Budget.NationalFormat;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.Unseen;

/// <summary>
/// 部门预算 laid out as provinces without a template of their own publish them. 河北 (石家庄, 1,286.40万元): the 财政部 names
/// (部门收支总体情况表 … 项目支出情况表, 政府采购预算情况表), the 情况说明 before the tables, “—” for none in the 收支总表s and blanks
/// elsewhere, amounts with thousands separators, 项目支出 by unit and 政府采购 by 大类 (一、货物类) and 采购项目 over their 品目 — as
/// text and as a one-sheet workbook. 浙江 (嘉兴, 2,538.60万元 with 单位资金): titles with the year (2025年部门收入预算表, 部门支出预算表),
/// “编制单位：… | 单位：万元” captions, and the “三公” table printed turned (项目 | 2024年预算数 | 2025年预算数 over the rows 合计,
/// 1.因公出国（境）费 …) — as a Word document (its captions as paragraphs or as one-row tables of their own) and as a workbook with a
/// sheet per table, its amounts in the General format. 湖南 (株洲, 850.00万元): the 说明 first, “本年预算” columns, 本年收入合计/本年支出合计
/// closing the 财政拨款收支总表, the 收入总表 by unit and codes split into 类 | 款 | 项 — as text and as a Word document. The clean documents give no finding; each
/// planted error (sum, restatement, 三公 total, rate against 上年) gives one finding of its rule at its place.
/// </summary>
public class UnseenProvinceBudgetTests
{
    /// <summary>A planted error and the one finding it gives: rule family, table and row (or empty), words of its message.</summary>
    public sealed record Plant(string Right, string Wrong, string Rule, string Table, string Row, string Words);

    private static readonly Plant[] HebeiPlants =
    {
        new("2130122\t农业生产发展\t350.00\t\t350.00", "2130122\t农业生产发展\t530.00\t\t350.00", "FA600", "B03", "2130122 农业生产发展", "此处印为 530"),
        new("24.20\t0.00\t18.00\t0.00\t18.00\t6.20", "26.20\t0.00\t18.00\t0.00\t18.00\t6.20", "FA6006", "B09", "三公经费", "此处印为 26.2"),
        new("基本支出706.40万元，占54.91%", "基本支出760.40万元，占54.91%", "FA6402", "", "", "表三“合计”行“基本支出”列为 706.4"),
        new("增长4.36%", "增长4.63%", "FA3003", "", "", "说明写为 4.63%"),
        // A unit's row over its projects: its blank funds are named once.
        new("石家庄市长安区农业农村局\t\t430.00\t430.00", "石家庄市长安区农业农村局\t\t450.00\t430.00", "FA600", "B15", "石家庄市长安区农业农村局", "其余2项空白（政府性基金预算、其他资金）"),
        // A 大类 row against its 采购项目 and the total: one finding at the row, the total not summed over its items twice.
        new("一、货物类\t\t\t16.00\t16.00", "一、货物类\t\t\t18.00\t16.00", "FA600", "B11", "一、货物类", "此处印为 18"),
    };

    private static readonly Plant[] ZhejiangPlants =
    {
        new("合计\t38.00\t33.00", "合计\t38.00\t35.00", "FA6006", "B09", "三公经费", "此处印为 35"),
        new("比上年预算减少5.00万元，下降13.16%", "比上年预算减少5.00万元，下降15.16%", "FA3003", "", "", "说明写为 15.16%"),
        new("30201\t办公费\t40.00\t\t40.00", "30201\t办公费\t44.00\t\t44.00", "FA6005", "B08", "302 商品和服务支出", "其下各款之和（8 项）162"),
        new("收入总计\t2,538.60\t支出总计", "收入总计\t2,583.60\t支出总计", "FA6", "B01", "收入总计", "此处印为 2"),
        // No 机关运行经费 table or column: the amount is bounded by the 基本支出表's 公用经费 合计; its rate, worked from it, rides along.
        new("机关运行经费预算158.00万元", "机关运行经费预算185.00万元", "FA6402", "", "", "多于表六“合计”行“公用经费”列 158"),
    };

    /// <summary>
    /// 湖南 (株洲, 850.00万元 with 政府性基金): the 说明 before the tables, “本年预算” as the amount column of the 收支总表s, the 财政拨款收支总表
    /// closing its sides with 本年收入合计/本年支出合计 after their rows, the 收入总表 by unit (单位编码 | 单位名称) and codes split into 类 | 款 | 项.
    /// </summary>
    private static readonly Plant[] HunanPlants =
    {
        new("302\t01\t办公费\t15.00\t\t15.00", "302\t01\t办公费\t18.00\t\t18.00", "FA6005", "B08", "302 商品和服务支出", "其下各款之和（6 项）63.00"),
        new("15.00\t0.00\t12.00\t0.00\t12.00\t3.00", "16.00\t0.00\t12.00\t0.00\t12.00\t3.00", "FA6006", "B09", "三公经费", "此处印为 16.00"),
        new("基本支出510.00万元，占60.00%", "基本支出510.00万元，占62.00%", "FA3002", "", "", "说明写为 62.00%"),
        new("下降16.67%", "下降18.67%", "FA3003", "", "", "说明写为 18.67%"),
        new("机关运行经费预算60.00万元", "机关运行经费预算66.00万元", "FA6402", "", "", "多于表六“合计”行“公用经费”列 60.00"),
        new("405\t株洲市芦淞区林业局\t850.00", "405\t株洲市芦淞区林业局\t805.00", "FA6004", "B02", "株洲市芦淞区林业局", "805.00"),
    };

    public static TheoryData<string> Layouts() => new() { "河北 text", "河北 one-sheet", "浙江 docx", "浙江 docx-captions", "浙江 sheets", "湖南 text", "湖南 docx" };

    /// <summary>“编制单位：… | 单位：万元” printed as a one-row Word table of its own above each table.</summary>
    private static readonly (string Right, string Wrong) CaptionTables = ("编制单位：嘉兴市秀洲区农业农村局　　　　单位：万元", "编制单位：嘉兴市秀洲区农业农村局\t单位：万元");

    private static Plant[] PlantsOf(string layout) => layout.Split(' ')[0] switch { "河北" => HebeiPlants, "浙江" => ZhejiangPlants, _ => HunanPlants };

    private static AuditResult Audit(string layout, IEnumerable<Plant> plants, params (string Right, string Wrong)[] changes)
    {
        var (fixture, name) = layout.Split(' ')[0] switch
        {
            "河北" => ("hebei-budget.txt", "石家庄市长安区农业农村局2025年部门预算"),
            "浙江" => ("zhejiang-budget.txt", "嘉兴市秀洲区农业农村局2025年部门预算"),
            _ => ("hunan-budget.txt", "株洲市芦淞区林业局2025年部门预算"),
        };
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", fixture)), fixture, plants.Select(p => (p.Right, p.Wrong)).Concat(changes));
        if (layout.EndsWith("captions", StringComparison.Ordinal)) text = text.Replace(CaptionTables.Right, CaptionTables.Wrong, StringComparison.Ordinal);
        // A workbook stores amounts as numbers: no thousands separators.
        var stored = text.Replace(",", string.Empty, StringComparison.Ordinal);
        return layout.Split(' ')[1] switch
        {
            "text" => new Auditor().Audit(name + ".txt", System.Text.Encoding.UTF8.GetBytes(text)),
            "one-sheet" => new Auditor().Audit(name + ".xlsx", ComposedRegionsBudgetTests.Workbook(stored)),
            "docx" or "docx-captions" => new Auditor().Audit(name + ".docx", ComposedRegionsBudgetTests.Word(text)),
            _ => new Auditor().Audit(name + ".xlsx", SubtotalsAndBlanksBudgetTests.Sheets(stored, byTitle: true)),
        };
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_clean_document_gives_no_finding_and_every_table_is_read(string layout)
    {
        var result = Audit(layout, []);
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
        var d = result.Disclosure!;
        var expected = layout.StartsWith("河北", StringComparison.Ordinal)
            ? new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B11", "B15" }
            : new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09" };
        Assert.Equal(expected, d.Tables.Select(t => t.Id).Order());
        Assert.All(d.Tables.Where(t => t.Id is "B01" or "B04"), t => Assert.Contains(t.Rows, r => r.Cells.Count > 0));
    }

    [Theory]
    [InlineData("浙江 docx")]
    [InlineData("浙江 sheets")]
    public void The_turned_three_public_table_is_read_as_one_row_with_last_year_beside(string layout)
    {
        var row = Assert.Single(Audit(layout, []).Disclosure!.Table("B09")!.Rows);
        Assert.Equal(33.00m, row["合计"]!.Value.Value);
        Assert.Equal(24.00m, row[StandardColumns.VehicleSubtotal]!.Value.Value);
        Assert.Equal(24.00m, row["公务用车运行费"]!.Value.Value);
        Assert.Equal(9.00m, row["公务接待费"]!.Value.Value);
        Assert.Equal(38.00m, row["上年·合计"]!.Value.Value);
        Assert.Equal(28.00m, row["上年·" + StandardColumns.VehicleSubtotal]!.Value.Value);
    }

    [Theory]
    [InlineData("河北 text")]
    [InlineData("河北 one-sheet")]
    public void Procurement_categories_and_projects_are_subtotals_of_the_rows_below_them(string layout)
    {
        var table = Audit(layout, []).Disclosure!.Table("B11")!;
        string? Under(string name) => table.Rows.Single(r => r.Name == name).Subtotal?.Name;
        Assert.Null(Under("一、货物类"));
        Assert.Equal("一、货物类", Under("办公设备购置"));
        Assert.Equal("办公设备购置", Under("台式计算机"));
        Assert.Equal("农田建设工程监理", Under("工程监理服务"));
    }

    /// <summary>A 采购项目 printed in the 大类 column (a continuation page's columns shifted) is still found a subtotal by its amounts.</summary>
    [Fact]
    public void A_procurement_project_printed_in_another_column_is_a_subtotal_by_its_amounts()
    {
        var result = Audit("河北 text", [], ("\t农田建设工程监理\t\t30.00", "农田建设工程监理\t\t\t30.00"));
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Message}"));
        Assert.Equal("农田建设工程监理", result.Disclosure!.Table("B11")!.Rows.Single(r => r.Name == "工程监理服务").Subtotal?.Name);
    }

    /// <summary>
    /// The planted errors in every layout; in the workbook with a sheet per table (浙江 sheets) its amounts are stored in the General
    /// format (“44”, “62.1”), read to the decimals they drop, so a 302 off by 4.00 and a “三公” 合计 off by 2.00 are no rounding.
    /// </summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_planted_error_gives_one_finding_at_its_place(string layout)
    {
        var plants = PlantsOf(layout);
        var found = Reported(Audit(layout, plants));
        Assert.True(plants.Length == found.Count, string.Join("\n", found.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Message}")));
        foreach (var p in plants)
        {
            Assert.Single(found, f => f.RuleId.StartsWith(p.Rule, StringComparison.Ordinal) && (f.Location.Table ?? "") == p.Table
                && (f.Location.Row ?? "").StartsWith(p.Row, StringComparison.Ordinal) && f.Message.Contains(p.Words, StringComparison.Ordinal));
        }
    }

    /// <summary>The 湖南 收入总表 by unit: its rows are the units, named, without a classification code.</summary>
    [Theory]
    [InlineData("湖南 text")]
    [InlineData("湖南 docx")]
    public void An_income_table_by_unit_reads_its_units_without_codes(string layout)
    {
        var rows = Audit(layout, []).Disclosure!.Table("B02")!.Rows;
        Assert.Equal(new[] { "合计", "株洲市芦淞区林业局", "株洲市芦淞区林业局本级" }, rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.Null(r.Code));
    }

    /// <summary>A 机关运行经费 below the 基本支出表's 公用经费 (事业单位 consolidated, their 公用经费 not 机关运行经费) is no finding.</summary>
    [Theory]
    [InlineData("浙江 docx")]
    [InlineData("浙江 sheets")]
    public void An_operating_cost_below_the_public_expenses_of_the_basic_expenditure_table_is_no_finding(string layout)
    {
        var result = Audit(layout, [], ("机关运行经费预算158.00万元，比上年预算减少6.00万元，下降3.66%", "机关运行经费预算120.00万元，比上年预算减少6.00万元，下降4.76%"));
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Message}"));
    }
}
