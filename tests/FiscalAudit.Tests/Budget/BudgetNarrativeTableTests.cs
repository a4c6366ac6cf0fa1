using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Engine;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Rules.Budget;
using FiscalAudit.Tests.Kinds;
using FiscalAudit.Tests.Support;
using CellRef = FiscalAudit.Rules.Support.CellRef;

namespace FiscalAudit.Tests.Budget;

/// <summary>
/// The budget narrative against its tables (FA6401 功能分类 lines, FA6402 “三公”/机关运行经费/政府采购, FA6403 部门/单位 wording,
/// FA6404 类/款/项 labels, FA6405 vehicles, FA6406 the lines' total)
/// on the 15 budget PDFs, each finding recomputed by hand from the printed pages (comments), and planted errors.
/// </summary>
public class BudgetNarrativeTableTests
{
    private static List<Finding> Findings(string name) =>
        BudgetCorpus.Audit(name).Findings.Where(f => f.RuleId.StartsWith("FA64", StringComparison.Ordinal)).ToList();

    public static TheoryData<string, (string, Severity, int, int, string, string)[]> Verified() => new()
    {
        {
            "上海市普陀区财政局部门25年预算.pdf", new[]
            {
                // 行政单位离退休 877,080元 = 87.708万元 printed 87.70; 78.21 / 204.91 / 268.77 likewise cut (782,164 / 2,049,197 / 2,687,760元).
                ("FA6401", Severity.Warning, 7, 17, "87.71", "87.70"),
                // 职业年金 887.36万元 against 2080506 873,617元 = 87.36万元: a typo of 800 (Σ lines overshoots 3,121.42 by 800).
                // Line 21: item 7 opens the page's 21st line (18: item 5's “部人员的退休经费支出。”, 19: item 6's justified line, 20: its
                // “”174.83万元，…。”; no table is read from them, as the end of a sentence opens no table row).
                ("FA6401", Severity.Error, 7, 21, "87.36", "887.36"),
                // A 部门预算 that says 本单位 twice (政府采购, 绩效目标); the rest of the page says 本部门.
                ("FA6403", Severity.Warning, 22, 11, "本部门", "本单位"),
                ("FA6403", Severity.Warning, 22, 14, "本部门", "本单位"),
            }
        },
        {
            // “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元: 卫生健康支出 is 类 210, 计划生育事务 款 21007 (项 2100717 计划生育服务).
            "上海市普陀区人民政府万里街道办事处25年预算.pdf", new[] { ("FA6404", Severity.Warning, 7, 17, "（类）", "（款）") }
        },
        {
            // “行政事业单位离退休（类）” (3 lines) and “住房改革支出（类）” (2 lines) name the 款 20805 and 22102: one warning quoting the other four.
            "江苏省人大办公厅2018预算公开.pdf", new[] { ("FA6404", Severity.Warning, 25, 12, "（款）", "（类）") }
        },
        {
            // Under 五、财政拨款支出预算表情况说明: “人大事务行政运行（项）支出10528.33万元” — 2010101 行政运行 is 4,545.94 in 财政拨款支出预算表; 10,528.33 is 类 201.
            // The section's lines 10528.33 + 1608.51 + 1512.23 = 13649.07 = 表五 合计, but the rows they name (2010101 4,545.94, 208, 221) add up to
            // 7,666.68 (FA6406, short by the same 5,982.39: folded into the FA6401 of the line, see The_line_and_the_total_are_one_finding).
            "江苏省人大办公厅2017年度预算公开.pdf", new[] { ("FA6401", Severity.Error, 26, 5, "4545.94", "10528.33") }
        },
    };

    [SharedTheory]
    [MemberData(nameof(Verified))]
    public void Narrative_against_tables_findings_are_exactly_the_verified_ones(string name, (string, Severity, int, int, string, string)[] expected)
    {
        var actual = Findings(name)
            .Select(f => (f.RuleId, f.Severity, f.Location.Page ?? 0, f.Location.Line ?? 0, Convert.ToString(f.Expected, System.Globalization.CultureInfo.InvariantCulture)!, Convert.ToString(f.Actual, System.Globalization.CultureInfo.InvariantCulture)!))
            .ToList();
        Assert.Equal(expected.OrderBy(x => x.Item3).ThenBy(x => x.Item4), actual.OrderBy(x => x.Item3).ThenBy(x => x.Item4));
    }

    [SharedFact]
    public void The_other_budgets_agree_with_their_tables()
    {
        var verified = Verified().Select(row => (string)row[0]).ToHashSet();
        foreach (var name in Repo.BudgetPdfs().Where(n => !verified.Contains(n)))
            Assert.True(Findings(name).Count == 0, $"{name}: {string.Join("；", Findings(name).Select(f => f.Message))}");
    }

    [SharedFact]
    public void The_line_and_the_total_are_one_finding()
    {
        var line = Assert.Single(Findings("江苏省人大办公厅2017年度预算公开.pdf"));
        Assert.Single(line.MergedIds);
        Assert.Contains("（差 5,982.39；表格位置 第11页 第7行）；同一问题：功能分类科目说明各项合计 13,649.07 万元，与表五“合计”13,649.07相符，但所列科目在表五中合计只有 7,666.68 万元（差 5,982.39）", line.Message);
        Assert.Contains(line.RelatedLocations, l => l.Table == "B12" && l.Row == "合计");
    }

    [SharedFact]
    public void The_mislabelled_levels_are_one_finding_that_quotes_each()
    {
        var level = Assert.Single(Findings("江苏省人大办公厅2018预算公开.pdf"));
        Assert.Equal(4, level.MergedIds.Count);
        Assert.Contains("另有 4 处：第25页 第16行 “行政事业单位离退休”标为（类），表五中为款级科目 20805 行政事业单位离退休；第25页 第18行 ", level.Message);
        Assert.EndsWith("第26页 第2行 “住房改革支出”标为（类），表五中为款级科目 22102 住房改革支出", level.Message);
        Assert.Equal(new int?[] { 16, 18, 20, 2 }, level.RelatedLocations.Where(l => l.Table is null).Select(l => l.Line));
    }

    [SharedFact]
    public void The_cut_lines_are_one_finding_that_names_all_four()
    {
        var cut = Assert.Single(Findings("上海市普陀区财政局部门25年预算.pdf"), f => f.Severity == Severity.Warning && f.RuleId == "FA6401");
        foreach (var text in new[] { "87.70万元", "78.21万元", "204.91万元", "268.77万元", "应为 87.71", "应为 78.22", "应为 204.92", "应为 268.78" })
            Assert.Contains(text, cut.Message);
        Assert.Contains(cut.RelatedLocations, l => l.Table == "B03" && l.Row == "2080501 行政单位离退休");
    }

    /// <summary>Every 功能分类 line of the 上海 documents with tables finds its row (none is skipped silently): 33 + 16 + 16 + 11 + 12 + 12 lines.</summary>
    [SharedTheory]
    [InlineData("上海市普陀区人民政府万里街道办事处25年预算.pdf", 33)]
    [InlineData("上海市普陀区商务委员会25年预算.pdf", 16)]
    [InlineData("上海市普陀区商务委员会单位25年预算.pdf", 16)]
    [InlineData("上海市普陀区人民政府办公室25年预算.pdf", 12)]
    [InlineData("上海市普陀区人民政府办公室单位25年预算.pdf", 12)]
    public void Every_classification_line_finds_its_row(string name, int count)
    {
        var d = BudgetCorpus.Audit(name).Disclosure!;
        var lines = d.Narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Classification.Count == 3).ToList();
        Assert.Equal(count, lines.Count);
        Assert.All(lines, l => Assert.NotEmpty(ClassificationRows.Cells(d, l)));
    }

    /// <summary>
    /// The statements of 万里 each find their cell: 收入预算, 支出预算 and 一般公共预算支出 (18,976.76万元) in 表一 and 表五 (189,767,551元), the 三公
    /// items (37.91 = 0 + 1.35 + 36.56; 购置 15, 运行 21.56; 机关运行经费 464.64) in 表九.
    /// </summary>
    [SharedFact]
    public void Wanli_three_public_statements_find_their_cells()
    {
        var d = BudgetCorpus.Audit("上海市普陀区人民政府万里街道办事处25年预算.pdf").Disclosure!;
        var targets = d.Narrative.Facts.Select(f => BudgetStatements.Target(d, f)).OfType<(string Name, CellRef Cell)>().Select(t => (t.Name, t.Cell.Column, t.Cell.Number!.Value.Value)).ToList();
        Assert.Equal(new[]
        {
            ("收入预算", "金额", 189767551m), ("支出预算", "金额", 189767551m), ("一般公共预算支出", "合计", 189767551m),
            ("“三公”经费", "三公经费·合计", 37.91m), ("因公出国（境）费", "因公出国（境）费", 0m), ("公务用车购置及运行费", "公务用车购置及运行费·小计", 36.56m),
            ("公务用车购置费", "公务用车购置费", 15m), ("公务用车运行费", "公务用车运行费", 21.56m), ("公务接待费", "公务接待费", 1.35m), ("机关运行经费", "机关运行经费", 464.64m),
        }, targets);
    }

    /// <summary>
    /// 检察院17's statements each find their cell: 三公 items in 表十一 (出国 110, 用车 317.80, 购置 50, 运行维护 267.80, 接待 156.55),
    /// 会议费 168 and 培训费 700, 机关运行经费 6,032.55 in 表十, 政府采购 2,889.80 = 货物 334 + 服务 2,555.80 in 表十二 (工程 0 has no row), 支出预算
    /// 17,996.68 in 表一.
    /// </summary>
    [SharedFact]
    public void Jiangsu_statements_find_their_cells()
    {
        var d = BudgetCorpus.Audit("江苏省人民检察院2017年部门预算.pdf").Disclosure!;
        var targets = d.Narrative.Facts.Select(f => BudgetStatements.Target(d, f)).OfType<(string Name, CellRef Cell)>()
            .Select(t => (t.Name, t.Cell.Number!.Value.Value)).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(new[]
        {
            ("会议费", 168m), ("公务接待费", 156.55m), ("公务用车购置及运行费", 317.8m), ("公务用车购置费", 50m), ("公务用车运行费", 267.8m),
            ("因公出国（境）费", 110m), ("培训费", 700m), ("支出预算", 17996.68m), ("政府采购服务", 2555.8m), ("政府采购货物", 334m), ("政府采购预算", 2889.8m), ("机关运行经费", 6032.55m),
        }.OrderBy(t => t.Item1, StringComparer.Ordinal), targets);
    }

    /// <summary>A table cell changed under a right line: the line is reported at its page and line, with the cell's place.</summary>
    [SharedFact]
    public void A_planted_table_difference_is_reported_on_the_line_and_the_cell()
    {
        var auditor = new Auditor();
        var d = auditor.Audit(Repo.BudgetPdf("上海市普陀区人民政府万里街道办事处25年预算.pdf")).Disclosure!;
        foreach (var id in new[] { "B03", "B05" })
        {
            var row = d.Table(id)!.Rows.Single(r => r.Code == "2049999");
            row.Cells["合计"] = row.Cells["合计"] with { Number = new PrintedNumber(2587025m, 0, false, "2,587,025") };
        }
        var b09 = d.Table("B09")!.Rows[0];
        b09.Cells["公务接待费"] = b09.Cells["公务接待费"] with { Number = new PrintedNumber(1.53m, 2, false, "1.53") };

        var findings = auditor.Check(d).Where(f => f.RuleId is "FA6401" or "FA6402" or "FA6006").ToList();

        var line = Assert.Single(findings, f => f.RuleId == "FA6401");
        Assert.Equal((6, 18, 258.70m, 257.80m), (line.Location.Page, line.Location.Line, (decimal)line.Expected!, (decimal)line.Actual!));
        Assert.Contains("原文为“2,587,025元”", line.Message);
        Assert.Contains(line.RelatedLocations, l => l.Row == "2049999 其他公共安全支出" && l.Column == "合计");
        // 表九 now breaks too (37.91 ≠ 0 + 36.56 + 1.53: the printed 0 is no money and no longer widens the tolerance by ±0.5), so the
        // 公务接待费 line (第30页第8行) is folded into the one finding at the mistyped cell, as one of the two places that say 1.35.
        var reception = Assert.Single(findings, f => f.RuleId is "FA6402" or "FA6006");
        Assert.Equal(("FA6006", 29, 38.09m, 37.91m), (reception.RuleId, reception.Location.Page, (decimal)reception.Expected!, (decimal)reception.Actual!));
        Assert.StartsWith("此处印为 1.53，与之核对的 2 处均表明应为 1.35", reception.Message);
        Assert.Contains(reception.RelatedLocations, l => l.Page == 30 && l.Line == 8);
    }

    internal const string ComposedTable = """

        ## 5.2025年部门一般公共预算支出功能分类预算表

        编制部门：示例区示例局　单位：元

        | 功能分类科目编码 | 功能分类科目名称 | 合计 | 基本支出 | 项目支出 |
        |---|---|---|---|---|
        | 201 | 一般公共服务支出 | 16,231,800.00 | 16,231,800.00 | 0.00 |
        | 20106 | 财政事务 | 16,231,800.00 | 16,231,800.00 | 0.00 |
        | 2010601 | 行政运行 | 16,231,800.00 | 16,231,800.00 | 0.00 |
        | 221 | 住房保障支出 | 4,736,957.00 | 4,736,957.00 | 0.00 |
        | 22102 | 住房改革支出 | 4,736,957.00 | 4,736,957.00 | 0.00 |
        | 2210201 | 住房公积金 | 2,049,197.00 | 2,049,197.00 | 0.00 |
        | 2210203 | 购房补贴 | 2,687,760.00 | 2,687,760.00 | 0.00 |
        |  | 合计 | 20,968,757.00 | 20,968,757.00 | 0.00 |
        """;

    private static List<Finding> ComposedLines(string lines) =>
        KindTestKit.Audit("预算.md", "# 示例市2025年区级部门预算\n\n预算主管部门：示例区示例局\n\n## 2025年部门预算编制说明\n\n财政拨款支出主要内容如下：\n\n" + lines + ComposedTable)
            .Findings.Where(f => f.RuleId.StartsWith("FA64", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Composed_lines_that_restate_their_rows_give_no_finding() =>
        Assert.Empty(ComposedLines("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于基本支出。\n\n2.“住房保障支出-住房改革支出-住房公积金”科目204.92万元。\n\n3.“住房保障支出（类）住房改革支出（款）购房补贴（项）”268.78万元。\n"));

    /// <summary>A typo (1,632.18 for 1,623.18) is an error on its line; two lines cut instead of rounded are one warning; a 款 labelled 类 is FA6404.</summary>
    [Fact]
    public void Composed_planted_errors_are_reported()
    {
        var findings = ComposedLines("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,632.18万元，主要用于基本支出。\n\n2.“住房保障支出-住房改革支出-住房公积金”科目204.91万元。\n\n3.“住房改革支出（类）购房补贴（项）”268.77万元。\n");
        var typo = Assert.Single(findings, f => f.RuleId == "FA6401" && f.Severity == Severity.Error);
        Assert.Equal((1623.18m, 1632.18m), ((decimal)typo.Expected!, (decimal)typo.Actual!));
        Assert.Contains("差 9.00", typo.Message);
        var cut = Assert.Single(findings, f => f.RuleId == "FA6401" && f.Severity == Severity.Warning);
        Assert.StartsWith("2 处功能分类科目金额是把表格金额截去尾数", cut.Message);
        Assert.Contains("应为 204.92", cut.Message);
        Assert.Contains("应为 268.78", cut.Message);
        var level = Assert.Single(findings, f => f.RuleId == "FA6404");
        Assert.Equal(("（款）", "（类）"), ((string)level.Expected!, (string)level.Actual!));
        Assert.Equal(3, findings.Count);
    }

    /// <summary>
    /// 万里 buys 1 vehicle with 购置费 15万元 and holds 8 (运行费 21.56): no finding. Planted: 购置费 0 → the purchase line is reported;
    /// 政府办 (0 held, 0 bought, 运行费 0) planted with 运行费 3 → a 提示 on the vehicles held.
    /// </summary>
    [SharedFact]
    public void Planted_vehicle_money_without_vehicles_is_reported()
    {
        var auditor = new Auditor();
        var wanli = auditor.Audit(Repo.BudgetPdf("上海市普陀区人民政府万里街道办事处25年预算.pdf")).Disclosure!;
        Assert.DoesNotContain(auditor.Check(wanli), f => f.RuleId == "FA6405");
        var row = wanli.Table("B09")!.Rows[0];
        row.Cells["公务用车购置费"] = row.Cells["公务用车购置费"] with { Number = new PrintedNumber(0m, 0, false, "0") };
        var bought = Assert.Single(auditor.Check(wanli), f => f.RuleId == "FA6405");
        Assert.Equal((30, 23, Severity.Warning), (bought.Location.Page, bought.Location.Line, bought.Severity));
        Assert.StartsWith("说明部门预算安排购置车辆1辆，但表九“公务用车购置费”列为 0", bought.Message);

        var office = auditor.Audit(Repo.BudgetPdf("上海市普陀区人民政府办公室25年预算.pdf")).Disclosure!;
        Assert.DoesNotContain(auditor.Check(office), f => f.RuleId == "FA6405");
        row = office.Table("B09")!.Rows[0];
        row.Cells["公务用车运行费"] = row.Cells["公务用车运行费"] with { Number = new PrintedNumber(3m, 2, false, "3.00") };
        var running = Assert.Single(auditor.Check(office), f => f.RuleId == "FA6405");
        Assert.Equal((21, 17, Severity.Info), (running.Location.Page, running.Location.Line, running.Severity));
    }

    [Theory]
    [InlineData("示例市2025年区级单位预算\n\n预算单位：示例市示例区示例中心\n\n一、单位预算编制说明\n\n本部门2025年政府采购预算10.00万元。\n", "本部门")]
    [InlineData("示例市2025年区级单位预算\n\n预算单位：示例市示例区示例中心\n\n一、单位预算编制说明\n\n截至2024年8月31日，共有车辆0辆。部门预算安排购置车辆0辆。\n", "部门预算安排")]
    [InlineData("示例市2025年区级部门预算\n\n预算主管部门：示例市示例局\n\n一、部门预算编制说明\n\n2025年度本单位政府采购预算117.00万元。\n", "本单位")]
    public void Wording_of_the_other_level_is_reported(string text, string word)
    {
        var finding = Assert.Single(KindTestKit.Audit("预算.txt", text).Findings, f => f.RuleId == "FA6403");
        Assert.Equal(word, finding.Actual);
        Assert.NotNull(finding.Location.Line);
    }

    [Theory]
    [InlineData("示例市2025年区级单位预算\n\n预算单位：示例市示例区示例中心\n\n一、单位预算编制说明\n\n本单位2025年政府采购预算10.00万元。\n\n8.2025年预算单位一般公共预算基本支出部门预算经济分类预算表\n")]
    [InlineData("示例市2025年区级部门预算\n\n预算主管部门：示例市示例局\n\n一、部门预算编制说明\n\n本部门下属3家预算单位，各预算单位预算安排如下。\n")]
    public void Wording_of_the_own_level_is_no_finding(string text) =>
        Assert.DoesNotContain(KindTestKit.Audit("预算.txt", text).Findings, f => f.RuleId == "FA6403");

    [Theory]
    [InlineData("“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目", "一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行")]
    [InlineData("“住房保障支出－住房改革支出－购房补贴”科目", "住房保障支出", "住房改革支出", "购房补贴")]
    public void A_dashed_path_names_class_item_and_entry(string label, string a, string b, string c) =>
        Assert.Equal(new[] { new ClassificationPart(1, a), new ClassificationPart(2, b), new ClassificationPart(3, c) }, ClassificationMentions.Parts(label));

    [Theory]
    [InlineData("“2024-2025年度”项目")]
    [InlineData("一般公共服务支出-行政运行")]
    [InlineData("“--”")]
    [InlineData("“a-b-”")]
    [InlineData("")]
    public void Other_dashes_name_no_classification(string label) =>
        Assert.Empty(ClassificationMentions.Parts(label));
}
