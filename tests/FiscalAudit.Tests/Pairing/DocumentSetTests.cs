using System.Buffers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Reports;
using FiscalAudit.Rules.Budget;
using FiscalAudit.Tests.Budget;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;
using CellRef = FiscalAudit.Rules.Support.CellRef;

namespace FiscalAudit.Tests.Pairing;

/// <summary>
/// Document sets on the two Jiangsu budgets published as a narrative file and a tables file (省委办公厅 2017, 政协办公厅
/// 2017): checked together, the narrative is checked against the other file's tables, each file keeps its own result.
/// </summary>
public class DocumentSetTests
{
    private const string CommitteeNarrative = "江苏省委办公厅2017年部门预算.pdf";
    private const string CommitteeTables = "江苏省委办公厅2017年预算公开表格.pdf";
    private const string CppccNarrative = "江苏省政协办公厅2017年度部门预算.pdf";
    private const string CppccTables = "江苏省政协办公厅2017年度部门预算公开表.pdf";

    private static IReadOnlyList<AuditResult> Joined(params string[] names) =>
        new DocumentSets(new Auditor()).Join(names.Select(BudgetCorpus.Audit)).ToList();

    /// <summary>Each file keeps its tables, its findings located in it, and its own 审核范围 note (FA0004, what was read in that file).</summary>
    [SharedFact]
    public void Each_file_of_a_pair_stays_its_own_document_and_names_the_other()
    {
        var results = Joined(CommitteeNarrative, CommitteeTables, CppccTables, CppccNarrative);

        Assert.Equal(new[] { CommitteeNarrative, CommitteeTables, CppccTables, CppccNarrative }, results.Select(r => Path.GetFileName(r.File)));
        Assert.Equal(new[] { CommitteeTables, CommitteeNarrative, CppccNarrative, CppccTables }, results.Select(r => Path.GetFileName(Assert.Single(r.Set))));
        Assert.Equal(new[] { 0, 12, 12, 0 }, results.Select(r => r.Disclosure!.Tables.Count));
        Assert.All(results, r => Assert.Equal(BudgetCorpus.Audit(Path.GetFileName(r.File)).Findings.Single(f => f.RuleId == "FA0004").Message, Assert.Single(r.Findings, f => f.RuleId == "FA0004").Message));
        Assert.All(results, r => Assert.All(r.Findings, f => Assert.True(f.Location.Source is null || f.Location.Source.File == r.File, $"{r.File}: {f.Message}")));
    }

    /// <summary>
    /// Alone, each narrative file has FA6201 (a budget without any of its 12 tables); in its set it has not, and its
    /// other findings (省委办公厅 p.8 l.16: 行政运行 6,106.99 − 101.48 = 6,005.51, 1.69% not 1.66%) keep their ids.
    /// </summary>
    [SharedFact]
    public void The_narrative_file_no_longer_lacks_its_tables_and_keeps_its_other_findings()
    {
        var results = Joined(CommitteeNarrative, CommitteeTables, CppccNarrative, CppccTables);
        foreach (var name in new[] { CommitteeNarrative, CppccNarrative })
        {
            var alone = BudgetCorpus.Audit(name).Findings;
            var inSet = results.Single(r => r.File == Repo.BudgetPdf(name)).Findings;
            Assert.Contains(alone, f => f.RuleId == "FA6201");
            Assert.Equal(alone.Where(f => f.RuleId != "FA6201").Select(f => f.Id), inSet.Select(f => f.Id));
        }
        var rate = Assert.Single(results[0].Findings, f => f.RuleId == "FA3003");
        Assert.Equal((8, 16), (rate.Location.Page, rate.Location.Line));
        Assert.Contains("变动率应为 1.69%，说明写为 1.66%", rate.Message);
    }

    /// <summary>
    /// 政协's narrative lines find their cells in the tables file: p.10 “住房改革支出（款）住房公积金（项）支出 341.75 万元” is 表五
    /// 2210201 341.75 (B12 财政拨款支出预算表 printed 表五, tables file p.5; the line stands under 五、财政拨款支出预算表情况说明); under 十、机关运行经费 (p.17) “办公费（款）支出 167.03 万元” is 表十 30201 167.03 (p.10),
    /// not 表九's 基本支出 办公费 110; the statement 机关运行经费 3,348.98 万元 is 表十's 合计. All agree, so no FA64xx.
    /// </summary>
    [SharedFact]
    public void The_narrative_is_read_against_the_other_files_tables()
    {
        var narrative = BudgetCorpus.Audit(CppccNarrative).Disclosure!;
        var joined = SetJoiner.Join(new[] { narrative, BudgetCorpus.Audit(CppccTables).Disclosure! });
        var tablesFile = Repo.BudgetPdf(CppccTables);

        var lines = joined.Narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Classification.Count > 0).ToList();
        var cells = lines.Select(l => (Line: l, Cell: ClassificationRows.Cells(joined, l).FirstOrDefault())).Where(x => x.Cell is not null).ToList();
        Assert.True(cells.Count >= 20, $"only {cells.Count} of {lines.Count} lines found a cell");
        Assert.All(cells, x => Assert.Equal(tablesFile, x.Cell!.Row.Location.File));

        var fund = Cell(cells, 10, "住房公积金");
        Assert.Equal(("B12", "2210201", 341.75m, 5), (fund.Table.Id, fund.Row.Code, fund.Number!.Value.Value, fund.Row.Location.Page));
        var office = Cell(cells, 17, "办公费");
        Assert.Equal(("B10", "30201", 167.03m, 10), (office.Table.Id, office.Row.Code, office.Number!.Value.Value, office.Row.Location.Page));

        var running = joined.Narrative.Facts.Select(f => BudgetStatements.Target(joined, f)).OfType<(string Name, CellRef Cell)>().First(t => t.Name == "机关运行经费");
        Assert.Equal(("B10", 3348.98m), (running.Cell.Table.Id, running.Cell.Number!.Value.Value));
        Assert.DoesNotContain(Joined(CppccNarrative, CppccTables).SelectMany(r => r.Findings), f => f.RuleId.StartsWith("FA64", StringComparison.Ordinal));
    }

    /// <summary>
    /// A cell of the tables file changed (表五 住房公积金 341.75 → 314.75): the narrative line's finding sits in the narrative file,
    /// naming the cell; the table's own sum (22102 住房改革支出 1,093.52 ≠ 314.75 + 751.77) sits in the tables file.
    /// </summary>
    [SharedFact]
    public void A_planted_table_difference_is_reported_in_the_narrative_file()
    {
        var auditor = new Auditor();
        var tables = auditor.Audit(Repo.BudgetPdf(CppccTables));
        var row = tables.Disclosure!.Table("B12")!.Rows.Single(r => r.Code == "2210201");
        row.Cells["金额"] = row.Cells["金额"] with { Number = new PrintedNumber(314.75m, 2, false, "314.75") };

        var results = auditor.CheckInSet(new[] { BudgetCorpus.Audit(CppccNarrative), tables });

        var sum = Assert.Single(results[1].Findings, f => f.RuleId == "FA6005");
        Assert.Equal(("B12", "22102 住房改革支出", 1066.52m, 1093.52m), (sum.Location.Table, sum.Location.Row, (decimal)sum.Expected!, (decimal)sum.Actual!));
        Assert.Equal(Repo.BudgetPdf(CppccTables), sum.Location.Source!.File);
        var line = Assert.Single(results[0].Findings, f => f.RuleId == "FA6401");
        Assert.Equal((10, 12, 314.75m, 341.75m), (line.Location.Page, line.Location.Line, (decimal)line.Expected!, (decimal)line.Actual!));
        var cell = Assert.Single(line.RelatedLocations);
        Assert.Equal((Repo.BudgetPdf(CppccTables), 5), (cell.Source!.File, cell.Source.Page));
    }

    [SharedFact]
    public void A_lone_part_and_two_unrelated_files_are_unchanged()
    {
        var names = new[] { CommitteeNarrative, CppccTables, "江苏省人大办公厅2017年度预算公开.pdf" };
        var results = Joined(names);
        Assert.Equal(names.Length, results.Count);
        foreach (var name in names)
        {
            var alone = BudgetCorpus.Audit(name);
            var result = Assert.Single(results, r => r.File == alone.File);
            Assert.Empty(result.Set);
            Assert.Equal(alone.Findings.Select(f => f.Id), result.Findings.Select(f => f.Id));
        }
    }

    [Theory]
    [InlineData("中国共产党江苏省委员会办公厅", "江苏省委办公厅")]
    [InlineData("中共江苏省委办公厅 单位：万元", "江苏省委办公厅")]
    [InlineData("中国人民政治协商会议江苏省委员会办公厅", "江苏省政协办公厅")]
    [InlineData("江苏省人民代表大会常务委员会办公厅", "江苏省人大办公厅")]
    public void Printings_of_one_department_have_one_name(string printed, string other)
    {
        Assert.Equal(DepartmentNames.Canonical(other), DepartmentNames.Canonical(printed));
        Assert.NotEqual(DepartmentNames.Canonical("江苏省人民检察院"), DepartmentNames.Canonical(printed));
    }

    /// <summary>JSON "set", the text line 同套文件, the xlsx 汇总 column and the docx identity row name the other file.</summary>
    [SharedFact]
    public void Reports_name_the_other_file_of_the_set()
    {
        var result = Joined(CppccNarrative, CppccTables)[0];
        var report = new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError, result.Set);

        var buffer = new ArrayBufferWriter<byte>();
        JsonReport.WriteDocument(buffer, report);
        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        Assert.Equal(new[] { Repo.BudgetPdf(CppccTables) }, json.RootElement.GetProperty("set").EnumerateArray().Select(e => e.GetString()));

        var text = new StringWriter();
        TextReport.Write(text, new[] { report });
        Assert.Contains($"同套文件：{CppccTables}（说明与表格一并审核）", text.ToString());

        var summary = Assert.Single(WorkbookContent.Read(XlsxLedgerTests.Save(XlsxLedgerTests.Ledger(new[] { report }))).Rows("汇总"));
        Assert.Equal(CppccTables, summary["同套文件"].Text);

        using var opinion = WordprocessingDocument.Open(new MemoryStream(ReviewOpinionDocxTests.Write(report)), false);
        Assert.Empty(new OpenXmlValidator().Validate(opinion));
        Assert.Contains($"同套文件{CppccTables}（说明与表格一并审核）", opinion.MainDocumentPart!.Document.Body!.InnerText);
    }

    private static CellRef Cell(IEnumerable<(NarrativeFact Line, CellRef? Cell)> cells, int page, string name) =>
        cells.Single(x => x.Line.Location.Page == page && x.Line.Classification[^1].Name == name).Cell!;
}
