using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.NationalFormat;

/// <summary>
/// A 湘潭 county 水利局 部门预算 in the national format (1,550.00万元, two units) as text, as a one-sheet workbook with the tables one
/// under the other and a 栏次 row (1, 2, 3…) under their headers, and as a workbook with a sheet per table. What the earlier
/// fixtures do not print: blank cells where a row has nothing (a project's other funds, a 项 without 基本支出), 表10 项目支出表 by
/// unit — each unit's row with its sums over its projects, or (the other layout) the unit named on every project and its
/// “XX小计” after them — and 表11 政府采购预算表 in 元 while the rest is in 万元. The clean documents give no finding; each planted
/// error gives one finding at its cell, however many identities and units it breaks.
/// </summary>
public class SubtotalsAndBlanksBudgetTests
{
    private const string Fixture = "yuhu-budget.txt";

    private const string Name = "湘潭市雨湖区水利局2025年部门预算";

    /// <summary>A planted error: (right, wrong) and the one finding it gives: rule family, table and row, words of its message.</summary>
    public sealed record Plant(string Right, string Wrong, string Rule, string Table, string Row, string Words);

    private static readonly Plant[] Plants =
    {
        // A project's 一般公共预算 mistyped, its other funds blank (none): its 本年拨款 and its unit's subtotal say 200.
        new("农村饮水安全巩固提升工程\t200.00\t200.00", "农村饮水安全巩固提升工程\t200.00\t180.00", "FA600", "B15", "农村饮水安全巩固提升工程", "此处印为 180"),
        // A unit's subtotal mistyped: its funds and its project say 190 (its projects are not added a second time into 合计).
        new("湘潭市雨湖区水利工程管理站\t\t190.00", "湘潭市雨湖区水利工程管理站\t\t210.00", "FA600", "B15", "湘潭市雨湖区水利工程管理站", "此处印为 210"),
        // 表11 in 元: its items, its fund column and the narrative's 62.00万元 all say 620000 — one finding, not one per unit.
        new("合计\t\t620000.00", "合计\t\t680000.00", "FA600", "B11", "合计", "此处印为 680000"),
        // A 项 whose 基本支出 is blank (none): its 合计 and the 款 above it say 600.
        new("2130305\t水利工程建设\t600.00\t\t600.00\n2130306\t水利工程运行与维护\t410.00", "2130305\t水利工程建设\t600.00\t\t560.00\n2130306\t水利工程运行与维护\t410.00", "FA6005", "B03", "2130305 水利工程建设", "此处印为 560"),
        new("下降26.92%", "下降29.62%", "FA3003", "", "", "说明写为 29.62%"),
    };

    public static TheoryData<string> Layouts() => new() { "text", "text-closing-subtotals", "one-sheet", "sheets" };

    private static AuditResult Audit(string layout, IEnumerable<Plant> plants)
    {
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "NationalFormat", Fixture)), Fixture, plants.Select(p => (p.Right, p.Wrong)));
        return layout switch
        {
            "text" => new Auditor().Audit(Name + ".txt", System.Text.Encoding.UTF8.GetBytes(text)),
            "text-closing-subtotals" => new Auditor().Audit(Name + ".txt", System.Text.Encoding.UTF8.GetBytes(ClosingSubtotals(text))),
            "one-sheet" => new Auditor().Audit(Name + ".xlsx", OneSheet(text)),
            _ => new Auditor().Audit(Name + ".xlsx", Sheets(text)),
        };
    }

    /// <summary>Each line on its row, each tab-separated cell in its column (amounts as numbers), captions and units as the fixture prints them.</summary>
    private static byte[] OneSheet(string text)
    {
        var workbook = new TestXlsx().Sheet("2025年部门预算");
        var lines = Lines(text);
        for (var r = 0; r < lines.Count; r++) workbook.Row(r + 1, lines[r].Split('\t'));
        return workbook.Build();
    }

    /// <summary>
    /// The text before the first table and after the last on a sheet 说明, each table (from its title) on a sheet of its own, named
    /// by the line two below its title (“表1”) or, <paramref name="byTitle"/>, by its title.
    /// </summary>
    internal static byte[] Sheets(string text, bool byTitle = false)
    {
        var lines = Lines(text);
        var titles = lines.Select((l, i) => (l, i)).Where(x => text.Contains("# " + x.l + "\n", StringComparison.Ordinal)).Select(x => x.i).ToList();
        var narrative = lines.FindIndex(l => l.StartsWith("第三部分", StringComparison.Ordinal));
        var workbook = new TestXlsx();
        void Sheet(string name, IEnumerable<string> rows)
        {
            workbook.Sheet(name);
            var r = 0;
            foreach (var row in rows) workbook.Row(++r, row.Split('\t'));
        }
        Sheet("说明", lines.Take(titles[0]).Concat(lines.Skip(narrative)));
        for (var t = 0; t < titles.Count; t++)
        {
            var end = t + 1 < titles.Count ? titles[t + 1] : narrative;
            Sheet(lines[titles[t] + (byTitle ? 0 : 2)], lines.Skip(titles[t]).Take(end - titles[t]));
        }
        return workbook.Build();
    }

    /// <summary>The lines of the text, the “# ” of a table title left out.</summary>
    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l).ToList();

    /// <summary>表10 with the unit named on every project and each unit's row printed after its projects as “XX小计”.</summary>
    private static string ClosingSubtotals(string text)
    {
        var lines = text.Split('\n').ToList();
        var r = lines.IndexOf("# 项目支出表");
        while (!lines[r].StartsWith("合计\t", StringComparison.Ordinal)) r++;
        var output = lines.Take(r + 1).ToList();
        string? unit = null;
        for (r++; lines[r].Length > 0; r++)
        {
            var cells = lines[r].Split('\t');
            if (cells[0].Length > 0)
            {
                if (unit is not null) output.Add(unit);
                unit = cells[0] + "小计" + lines[r][cells[0].Length..];
                continue;
            }
            output.Add(unit!.Split('\t')[0][..^2] + lines[r]);
        }
        output.Add(unit!);
        return string.Join('\n', output.Concat(lines.Skip(r)));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_clean_document_gives_no_finding(string layout) =>
        Assert.Empty(Reported(Audit(layout, [])).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_table_is_found_and_no_column_number_row_is_read(string layout)
    {
        var d = Audit(layout, []).Disclosure!;
        Assert.Equal(new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B11", "B15" }, d.Tables.Select(t => t.Id).Order());
        Assert.DoesNotContain(d.Tables.SelectMany(t => t.Rows), r => r.Name.Contains("栏次", StringComparison.Ordinal));
        Assert.Equal(1520m, d.Table("B02")!.Rows[0]["一般公共预算"]!.Value.Value);
        Assert.Equal("元", d.Table("B11")!.Unit);
        var projects = d.Table("B15")!;
        Assert.Equal(new[] { "小型水库除险加固工程", "农村饮水安全巩固提升工程", "水利工程运行维护经费" }, projects.Rows.Where(r => r.Subtotal is not null).Select(r => r.Name));
        Assert.Equal(new[] { "湘潭市雨湖区水利局", "湘潭市雨湖区水利工程管理站" }, projects.Rows.Where(r => r.Subtotal is not null).Select(r => r.Subtotal!.Name.Replace("小计", string.Empty, StringComparison.Ordinal)).Distinct());
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_planted_error_gives_one_finding_at_its_place(string layout)
    {
        var found = Reported(Audit(layout, Plants));
        Assert.Equal(Plants.Length, found.Count);
        foreach (var p in Plants)
        {
            Assert.Single(found, f => f.RuleId.StartsWith(p.Rule, StringComparison.Ordinal) && (f.Location.Table ?? "") == p.Table
                && (f.Location.Row ?? "").StartsWith(p.Row, StringComparison.Ordinal) && f.Message.Contains(p.Words, StringComparison.Ordinal));
        }
    }

    /// <summary>Each planted error alone: one finding (the others' absence is no help to it).</summary>
    [Theory]
    [InlineData("text", 0)]
    [InlineData("text", 1)]
    [InlineData("one-sheet", 2)]
    [InlineData("sheets", 3)]
    [InlineData("text-closing-subtotals", 1)]
    public void A_planted_error_alone_gives_its_one_finding(string layout, int plant)
    {
        var p = Plants[plant];
        var f = Assert.Single(Reported(Audit(layout, [p])));
        Assert.StartsWith(p.Rule, f.RuleId, StringComparison.Ordinal);
        Assert.Equal(p.Table, f.Location.Table);
        Assert.Contains(p.Words, f.Message, StringComparison.Ordinal);
    }
}
