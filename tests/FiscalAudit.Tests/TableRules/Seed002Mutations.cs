using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// Seed 002's nine tables as text lines, and a way to change one printed amount and re-audit the
/// modified text in memory (reader, extractor and rules in-process).
/// </summary>
internal sealed class Seed002Mutations
{
    private static readonly Regex Marker = new(@"公开0(\d)表", RegexOptions.Compiled);
    private static readonly Regex Amount = new(@"^\d+\.\d\d$", RegexOptions.Compiled);
    private static readonly Regex Integer = new(@"^\d+$", RegexOptions.Compiled);
    private static readonly Auditor Auditor = new();

    private readonly string path = Repo.Seed002;
    private readonly string[] lines;

    public Seed002Mutations()
    {
        lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        var table = (string?)null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Marker.Match(lines[i]) is { Success: true } m) table = "T" + m.Groups[1].Value;
            else if (lines[i].StartsWith("## 第三部分", StringComparison.Ordinal)) table = null;
            if (table is null || !lines[i].Contains('\t')) continue;
            var fields = lines[i].TrimEnd('\r').Split('\t');
            for (var f = 0; f < fields.Length; f++)
            {
                var core = Core(fields[f]);
                if (Amount.IsMatch(core)) Cells.Add(new Cell(table, i + 1, f, core));
                else if (Integer.IsMatch(core)) Ordinals.Add(new Cell(table, i + 1, f, core));
            }
        }
    }

    /// <summary>Every printed amount (two decimals) in the nine tables.</summary>
    public List<Cell> Cells { get; } = new();

    /// <summary>Every printed integer: 行次 and 栏次 numbers, which take part in no identity.</summary>
    public List<Cell> Ordinals { get; } = new();

    /// <summary>Table findings (FA1/FA2/FA5) of the text with <paramref name="cell"/> changed by <paramref name="delta"/>.</summary>
    public IReadOnlyList<Finding> AuditWith(Cell? cell, decimal delta)
    {
        var text = lines.ToArray();
        if (cell is not null)
        {
            var fields = text[cell.Line - 1].Split('\t');
            var changed = decimal.Parse(cell.Text, CultureInfo.InvariantCulture) + delta;
            fields[cell.Field] = fields[cell.Field].Replace(cell.Text, changed.ToString("0.00", CultureInfo.InvariantCulture));
            text[cell.Line - 1] = string.Join('\t', fields);
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', text));
        var disclosure = DisclosureExtractor.Default.Extract(new PlainTextReader().Read(path, bytes));
        return Auditor.Check(disclosure).Where(IsTableRule).ToList();
    }

    /// <summary>True when some finding is located in <paramref name="table"/> or names it in its message.</summary>
    public static bool Names(IEnumerable<Finding> findings, string table) =>
        findings.Any(f => f.Location.Table == table || f.Message.Contains(TableIds.ChineseOrdinal(table), StringComparison.Ordinal));

    public static bool IsTableRule(Finding f) => f.RuleId.StartsWith("FA1", StringComparison.Ordinal)
        || f.RuleId.StartsWith("FA2", StringComparison.Ordinal) || f.RuleId.StartsWith("FA5", StringComparison.Ordinal);

    private static string Core(string field) => field.Replace("<b>", string.Empty).Replace("</b>", string.Empty).Trim();

    /// <summary>One printed number: table, 1-based line, 0-based tab field, the digits.</summary>
    public sealed record Cell(string Table, int Line, int Field, string Text)
    {
        public override string ToString() => $"{Table} 第{Line}行 第{Field + 1}栏 {Text}";
    }
}
