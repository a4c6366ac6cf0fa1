using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Tests.TableRules;

/// <summary>Hand-built tables for rule tests: rows of printed cell texts, each on its own line.</summary>
internal static class Build
{
    private static int line;

    public static FiscalTable Table(string id, params TableRow[] rows)
    {
        var table = new FiscalTable(id, "测试表", new SourceLocation("test.txt", Line: 1));
        table.Rows.AddRange(rows);
        foreach (var column in rows.SelectMany(r => r.Cells.Keys).Distinct()) table.Columns.Add(column);
        return table;
    }

    /// <summary>A row; cells as ("column", "printed text"); "" is a blank cell.</summary>
    public static TableRow Row(string? code, string name, params (string Column, string Text)[] cells) =>
        SideRow(null, code, name, cells);

    public static TableRow SideRow(string? side, string? code, string name, params (string Column, string Text)[] cells)
    {
        var location = new SourceLocation("test.txt", Line: ++line);
        var row = new TableRow(code, name, location) { Side = side };
        foreach (var (column, text) in cells) row.Cells[column] = new TableCell(column, NumberText.Parse(text), text, location);
        return row;
    }

    public static TableRow Income(string name, string amount) => SideRow("收入", null, name, (StandardColumns.Amount, amount));

    public static TableRow Expenditure(string name, string amount) => SideRow("支出", null, name, (StandardColumns.Amount, amount));

    public static Disclosure Disclosure(params FiscalTable[] tables)
    {
        var disclosure = new Disclosure(new SourceDocument("test.txt", "text", Array.Empty<Block>(), Array.Empty<TextLine>()))
        {
            Kind = DocumentKind.FinalAccounts,
        };
        disclosure.Tables.AddRange(tables);
        return disclosure;
    }

    public static List<Finding> Run(IRule rule, params FiscalTable[] tables) => rule.Check(Disclosure(tables)).ToList();

    /// <summary>A rule of the default catalog by id (formula rules have no class of their own).</summary>
    public static IRule Rule(string id) => FiscalAudit.Rules.RuleCatalog.Default.Rules.Single(r => r.Descriptor.Id == id);
}
