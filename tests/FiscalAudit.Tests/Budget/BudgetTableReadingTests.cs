using System.Globalization;
using System.Text.Json;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Completeness;
using FiscalAudit.Tests.Cli;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Budget;

/// <summary>
/// The tables of the 15 budget PDFs (Data/budget-tables.json): each file with tables gets its template,
/// every table that template prints, in its printed unit, with every row and the cells as printed; the
/// two narrative-only files (tables published separately) get no table and one FA6201 warning.
/// </summary>
public class BudgetTableReadingTests
{
    private static readonly JsonElement Expected = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Data", "budget-tables.json"))).RootElement.GetProperty("documents");

    public static TheoryData<string> WithTables() => new(Expected.EnumerateObject().Select(p => p.Name));

    public static TheoryData<string> WithoutTables() => new(Repo.BudgetPdfs().Where(n => !Expected.TryGetProperty(n, out _)));

    [SharedTheory]
    [MemberData(nameof(WithTables))]
    public void Every_table_of_the_template_is_read_with_its_unit_rows_and_cells(string name)
    {
        var expected = Expected.GetProperty(name);
        var result = BudgetCorpus.Audit(name);
        var disclosure = result.Disclosure!;
        Assert.Equal(expected.GetProperty("template").GetString(), disclosure.Template!.Id);
        Assert.Equal(expected.GetProperty("level").GetString(), disclosure.Level!.Value.ToJsonName());
        var tables = expected.GetProperty("tables");
        Assert.Equal(disclosure.Template.Tables.Select(t => t.Id), tables.EnumerateObject().Select(t => t.Name));
        Assert.Equal(tables.EnumerateObject().Select(t => t.Name), disclosure.Tables.Select(t => t.Id));
        foreach (var entry in tables.EnumerateObject())
        {
            var table = disclosure.Table(entry.Name)!;
            Assert.Equal(entry.Value.GetProperty("unit").GetString(), table.Unit);
            Assert.True(entry.Value.GetProperty("rows").GetInt32() == table.Rows.Count, $"{entry.Name}: {table.Rows.Count} rows");
            foreach (var cell in entry.Value.GetProperty("cells").EnumerateArray().Select(c => c.EnumerateArray().Select(x => x.GetString()).ToArray()))
                AssertCell(table, cell[0], cell[1]!, cell[2]!, cell[3]!);
        }
        Assert.DoesNotContain(result.Findings, f => f.RuleId == MissingBudgetTableRule.Rule.Id);
    }

    [SharedTheory]
    [MemberData(nameof(WithoutTables))]
    public void A_narrative_only_budget_has_no_table_and_one_warning(string name)
    {
        var result = BudgetCorpus.Audit(name);
        Assert.Empty(result.Disclosure!.Tables);
        var finding = Assert.Single(result.Findings, f => f.RuleId == MissingBudgetTableRule.Rule.Id);
        Assert.Equal(Core.Findings.Severity.Warning, finding.Severity);
        Assert.Contains("若表格另行公开", finding.Message);
    }

    /// <summary>The JSON output lists the budget tables with their printed unit, like the final-accounts tables.</summary>
    [SharedFact]
    public void Json_output_lists_the_budget_tables_with_their_unit()
    {
        var (code, json, _) = CliRun.Run("check", Repo.BudgetPdf("上海市普陀区财政局部门25年预算.pdf"), "--format", "json");
        Assert.Equal(1, code); // one error: 职业年金 887.36万元 stated for 873,617元 (FA6401, BudgetNarrativeTableTests)
        var document = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0];
        Assert.Equal("shanghai-2025", document.GetProperty("readWith").GetProperty("id").GetString());
        var tables = document.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09" }, tables.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal("元", tables[4].GetProperty("unit").GetString());
        Assert.Equal("万元", tables[8].GetProperty("unit").GetString());
        var total = tables[4].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "合计");
        Assert.Equal(31214205.80m, total.GetProperty("cells").GetProperty("合计").GetDecimal());
        Assert.Equal(229.43m, tables[8].GetProperty("rows")[0].GetProperty("cells").GetProperty("机关运行经费").GetDecimal());
    }

    private static void AssertCell(FiscalTable table, string? side, string row, string column, string printed)
    {
        var found = table.Rows.FirstOrDefault(r => r.Side == side && (r.Code == row || (r.Code is null && r.Name == row)));
        Assert.True(found is not null, $"{table.Id}: no row {side} {row}");
        var number = found![column];
        Assert.True(number is not null, $"{table.Id} {row} {column}: blank, printed {printed}");
        var digits = printed.Replace(",", string.Empty, StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(digits, CultureInfo.InvariantCulture), number!.Value.Value);
        Assert.Equal(digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0, number.Value.Decimals);
    }
}
