using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Templates;
using FiscalAudit.Extract.Templates;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// The budget tables B01–B15 and how each template prints them (budget-tables.json, embedded): for a
/// template and a level, the table schemas a <see cref="TitleMatcher"/> finds them by. Template files given
/// by users (<see cref="With"/>) add templates or replace them by id (docs/templates.md).
/// </summary>
public sealed class BudgetTables
{
    private static readonly string[] Numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

    [JsonPropertyName("notTitles")]
    public List<string> NotTitles { get; init; } = new();

    [JsonPropertyName("templates")]
    public List<TemplateHeader> Templates { get; init; } = new();

    [JsonPropertyName("tables")]
    public List<BudgetTable> Tables { get; init; } = new();

    public static BudgetTables Default { get; } =
        EmbeddedJson.Load<BudgetTables>(typeof(BudgetTables).Assembly, "budget-tables.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>
    /// The schemas of the tables <paramref name="template"/> prints, titled for <paramref name="level"/> (both levels' titles when unknown),
    /// in <paramref name="unit"/> where the template names no money unit (the national format: the unit the document prints),
    /// with the panels printed over <paramref name="year"/> and the year before (“2024年预算数 | 2025年预算数”) read as 本年 / 上年.
    /// </summary>
    public IReadOnlyList<TableSchema> Schemas(TemplateHeader template, BudgetLevel? level, string? unit = null, int? year = null) =>
        Tables.SelectMany(t => t.Printed.Where(p => p.Template == template.Id).Select(p => Schema(t, p, level, unit, year))).ToList();

    /// <summary>Finds the tables of <paramref name="template"/> by title, or by a marker printed alone or before a colon (“公开01表：”); <paramref name="unit"/> and <paramref name="year"/> as in <see cref="Schemas"/>.</summary>
    public TitleMatcher Matcher(TemplateHeader template, BudgetLevel? level, string? unit = null, int? year = null)
    {
        var schemas = Schemas(template, level, unit, year);
        return new TitleMatcher(schemas, NotTitles, text =>
        {
            var t = HeaderText.Normalize(text);
            return schemas.FirstOrDefault(s => s.Markers.Any(m => t == m || t.StartsWith(m + ":", StringComparison.Ordinal)));
        });
    }

    /// <summary>The template and the tables it prints, as the model records it for rules, with why it was chosen.</summary>
    public PrintedTemplate Describe(TemplateHeader template, BudgetLevel? level, string reason) =>
        template.Describe(Schemas(template, level).Where(s => !Printing(template, s.Id).Optional).Select(s => new ExpectedTable(s.Id, s.Ordinal!, s.Titles.FirstOrDefault() ?? s.Id) { Position = Position(template, s.Id) }).ToList(), Templates, reason);

    private PrintedTable Printing(TemplateHeader template, string table) => Tables.Single(t => t.Id == table).Printed.Single(p => p.Template == template.Id);

    /// <summary>A table's number in the template's 目录, printed “8” or “八”; 0 when neither.</summary>
    private int Position(TemplateHeader template, string table)
    {
        var position = Printing(template, table).Position;
        return int.TryParse(position, out var n) ? n : Array.IndexOf(Numerals, position) + 1;
    }

    /// <summary>
    /// This catalogue with the budget templates of <paramref name="files"/> added, or replacing the template
    /// of the same id: each prints the tables of the template it is based on, then those it lists (a listed
    /// table's position, markers, unit or titles replace the base's).
    /// </summary>
    public BudgetTables With(IEnumerable<TemplateFile> files)
    {
        var templates = Templates.ToList();
        var tables = Tables.Select(t => t with { Printed = t.Printed.ToList() }).ToList();
        foreach (var file in files.Where(f => f.Header.DocumentKind == DocumentKind.Budget))
        {
            var header = file.Header;
            if (header.BasedOn is { } based && templates.All(t => t.Id != based))
                throw new TemplateFileException($"模板文件 {file.Path} 所依据的模板“{based}”不存在（可用 templates 命令查看）。");
            var listed = file.Read<BudgetTemplateFile>(TemplateFile.Strict).Tables;
            if (listed.Any(e => e is null)) throw new TemplateFileException($"模板文件 {file.Path} 格式有误：tables 中有空项（null）。");
            foreach (var entry in listed.Where(e => tables.All(t => t.Id != e.Id)))
                throw new TemplateFileException($"模板文件 {file.Path} 的表“{entry.Id}”不是预算表编号（{tables[0].Id}–{tables[^1].Id}）。");
            foreach (var table in tables)
            {
                var basePrinted = table.Printed.FirstOrDefault(p => p.Template == header.BasedOn);
                table.Printed.RemoveAll(p => p.Template == header.Id);
                var printed = listed.FirstOrDefault(e => e.Id == table.Id) is { } entry ? entry.Over(basePrinted, header.Id) : basePrinted?.For(header.Id);
                if (printed is not null) table.Printed.Add(printed);
            }
            templates.RemoveAll(t => t.Id == header.Id);
            templates.Add(header);
        }
        return new BudgetTables { NotTitles = NotTitles, Templates = templates, Tables = tables };
    }

    private static TableSchema Schema(BudgetTable table, PrintedTable printed, BudgetLevel? level, string? unit, int? year) => new()
    {
        Id = table.Id,
        Marker = printed.Markers.FirstOrDefault() ?? string.Empty,
        Markers = printed.Markers,
        Titles = printed.Titles.Where(kv => level is null || kv.Key == level.Value.ToJsonName()).SelectMany(kv => kv.Value).Select(HeaderText.Normalize).ToList(),
        Columns = table.Columns,
        Sides = table.Sides,
        Names = table.Names,
        DefaultRow = table.DefaultRow,
        Turnable = table.Turnable,
        Panels = table.Panels,
        BlanksAreZero = printed.BlanksAreZero ?? table.BlanksAreZero,
        Subtotals = table.Subtotals,
        SubtotalsByAmount = table.SubtotalsByAmount,
        PanelYears = TableSchema.YearWords(year),
        Unit = printed.Unit.Length > 0 ? printed.Unit : unit,
        Ordinal = "表" + (int.TryParse(printed.Position, out var n) && n >= 1 && n <= Numerals.Length ? Numerals[n - 1] : printed.Position),
    };
}

/// <summary>One concept table (B01…) with its columns and how each template prints it.</summary>
public sealed record BudgetTable
{
    public string Id { get; init; } = string.Empty;

    public string Concept { get; init; } = string.Empty;

    public Dictionary<string, string> Sides { get; init; } = new();

    public string? DefaultRow { get; init; }

    /// <summary>True when the table's one data row may be printed turned, its columns as rows (浙江 “三公” table).</summary>
    public bool Turnable { get; init; }

    public List<string> Names { get; init; } = new();

    public Dictionary<string, string> Panels { get; init; } = new();

    public bool BlanksAreZero { get; init; }

    public List<string> Subtotals { get; init; } = new();

    /// <summary>True when the table's subtotal rows are found from its amounts first (政府采购: 大类 and 专项 rows over their items).</summary>
    public bool SubtotalsByAmount { get; init; }

    public List<ColumnRule> Columns { get; init; } = new();

    public List<PrintedTable> Printed { get; init; } = new();
}

/// <summary>How one template prints a table: position, markers, money unit and titles by level.</summary>
public sealed class PrintedTable
{
    public string Template { get; init; } = string.Empty;

    public string Position { get; init; } = string.Empty;

    public List<string> Markers { get; init; } = new();

    public string Unit { get; init; } = string.Empty;

    public Dictionary<string, List<string>> Titles { get; init; } = new();

    /// <summary>
    /// A table some publishers of the template add and others leave out (the national format's 表10 项目支出表 and 表11
    /// 政府采购预算表): read and checked where printed, never missing (FA6201).
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Whether a blank cell in a row with figures means 0 in this template's printing, where it differs from the table's
    /// <see cref="BudgetTable.BlanksAreZero"/> (a region that prints “—” for none in this table, so its blanks are unknown); null: as the table.
    /// </summary>
    public bool? BlanksAreZero { get; init; }

    /// <summary>The same printing under another template.</summary>
    public PrintedTable For(string template) => new() { Template = template, Position = Position, Markers = Markers, Unit = Unit, Titles = Titles, Optional = Optional, BlanksAreZero = BlanksAreZero };
}
