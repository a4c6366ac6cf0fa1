using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Reads the rate columns of a table — “完成率(%)”, “占比（%）”, “增减率” — with the amounts of the same row (or of the
/// 合计 row) each rate is the ratio of: 决算数 ÷ 预算数, the row's amount ÷ the 合计 row's, (本年 − 上年) ÷ 上年. The header
/// rows are those before the first row with an amount, except a field row (“部门（单位）名称 | 宿迁市…局”: a label and its
/// value alone); a column's header is the text of every header cell above it.
/// The wording is data: rate-columns.json.
/// </summary>
public sealed partial class RateColumns
{
    /// <summary>A header row may number the columns (“栏次 1 2 3”): numbers up to this are no amounts.</summary>
    private const int ColumnNumbers = 30;

    private readonly Vocabulary words;

    private RateColumns(Vocabulary vocabulary) => words = vocabulary;

    public static RateColumns Default { get; } = new(VocabularyFile.Load<Vocabulary>("rate-columns.json"));

    /// <summary>A year in a header: “2023年决算数”, “2023”, “决算数2023” (not digits of a longer number).</summary>
    [GeneratedRegex(@"(?<![0-9.,])(19|20)[0-9]{2}(?![0-9.,%％])")]
    private static partial Regex Year();

    /// <summary>A cell that is a year alone, heading a column (“2024”, “2024年”).</summary>
    [GeneratedRegex(@"^\s*(19|20)[0-9]{2}\s*年?\s*$")]
    private static partial Regex BareYear();

    /// <summary>The rates printed in <paramref name="table"/> with the amounts they are the ratio of.</summary>
    public IEnumerable<TableRate> Read(TableBlock table)
    {
        var first = table.Rows.ToList().FindIndex(IsDataRow);
        if (first <= 0) return Enumerable.Empty<TableRate>();
        var headerRows = table.Rows.Take(first).Where(r => !IsFieldRow(r)).ToList();
        var headers = Enumerable.Range(0, table.ColumnCount).Select(c => Header(headerRows, c)).ToList();
        var keys = headers.Select(Key).ToList();
        if (keys.Any(h => words.NotRateTables.Any(h.Contains))) return Enumerable.Empty<TableRate>();
        var columns = keys.Select(Classify).ToList();
        var years = keys.Select(YearOf).OfType<int>().ToList();
        var rows = table.Rows.Skip(first).ToList();
        var names = RowNames(keys);
        var found = new List<TableRate>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Rate is not RateKind kind) continue;
            var operands = kind switch
            {
                RateKind.Completion => Completion(keys, columns, c),
                RateKind.Change => Change(keys, columns, years, c) ?? Completion(keys, columns, c),
                _ => Share(columns, c),
            };
            if (operands is not var (part, bases)) continue;
            found.AddRange(kind == RateKind.Share ? SharesOf(rows, headers, names, c, part) : RatesOf(kind, rows, headers, names, c, part, bases));
        }
        return found;
    }

    /// <summary>
    /// A row with an amount: a number other than a small whole number (a column's number in a “栏次” row) or a year
    /// heading a column: a row whose only large numbers are recent years alone a few years apart (“项目 | 2023 | 2024 |
    /// 增减率”) is a header.
    /// </summary>
    private static bool IsDataRow(SourceRow row)
    {
        var amounts = row.Cells.Select(c => NumberText.Parse(c.Text) is PrintedNumber n && (n.Decimals > 0 || n.IsPercent || n.Value > ColumnNumbers) ? (Cell: c, n.Value) : default)
            .Where(a => a.Cell is not null).ToList();
        if (amounts.Count == 0) return false;
        var years = amounts.Where(a => BareYear().IsMatch(a.Cell.Text)).Select(a => a.Value).ToList();
        return years.Count < amounts.Count || years.Min() < FirstYear || years.Max() - years.Min() > YearsApart;
    }

    /// <summary>A row that names a field of the form and gives its value (“部门（单位）名称 | 宿迁市宿城区住房和城乡建设局”): no column header.</summary>
    private bool IsFieldRow(SourceRow row)
    {
        var filled = row.Cells.Where(c => c.Text.Trim().Length > 0).ToList();
        if (filled.Count != 2) return false;
        var label = Key(Spaceless.Of(filled[0].Text)).TrimEnd(':', '：');
        return words.FieldLabels.Any(w => label.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>Years alone heading columns: from this year on, at most this many years apart.</summary>
    private const int FirstYear = 1990, YearsApart = 5;

    /// <summary>The text of the header cells above column <paramref name="column"/>, without spaces (“完成率（%）”).</summary>
    private static string Header(IEnumerable<SourceRow> headerRows, int column)
    {
        var text = new StringBuilder();
        SourceCell? previous = null;
        foreach (var row in headerRows)
        {
            if (row.At(column) is not { } cell || cell == previous) continue;
            previous = cell;
            text.Append(Spaceless.Of(cell.Text));
        }
        return text.ToString();
    }

    /// <summary>A header as its words are matched: without brackets, ％ as % (“完成率（%）” → “完成率%”).</summary>
    private static string Key(string header) =>
        string.Concat(header.Where(ch => ch is not ('（' or '）' or '(' or ')' or '[' or ']' or '【' or '】')).Select(ch => ch == '％' ? '%' : ch));

    private Column Classify(string header)
    {
        foreach (var rate in words.Rates)
        {
            if (rate.Words.Any(header.Contains)) return new Column(rate.Kind, Roles.None);
        }
        var roles = Roles.None;
        if (words.ChangeAmounts.Any(header.Contains)) return new Column(null, Roles.ChangeAmount);
        if (words.Previous.Any(header.Contains)) roles |= Roles.Previous;
        if (words.Actual.Any(header.Contains)) roles |= Roles.Actual;
        else if (words.Budget.Any(header.Contains)) roles |= Roles.Budget;
        return new Column(null, header.Length == 0 ? Roles.None : roles | Roles.Amount);
    }

    private static int? YearOf(string header) => Year().Match(header) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>决算 (the actual column nearest before the rate) ÷ 预算 (the budget columns of this year; the one the rate's header names, if it names one).</summary>
    private (int Part, List<int> Bases)? Completion(List<string> headers, List<Column> columns, int rate)
    {
        var part = Nearest(columns, rate, c => c.Has(Roles.Actual) && !c.Has(Roles.Previous));
        var bases = Indexes(columns, c => c.Has(Roles.Budget) && !c.Has(Roles.Previous));
        var named = words.NamedBudgets.Where(headers[rate].Contains).ToList();
        var namedBases = bases.Where(b => named.Any(headers[b].Contains)).ToList();
        if (namedBases.Count > 0) bases = namedBases;
        return part is int p && bases.Count > 0 ? (p, bases) : null;
    }

    /// <summary>
    /// 本年 (the current column nearest before the rate) against 上年 (the previous columns); by years when the headers name
    /// years. A table without last year's amounts compares 决算 with 预算 (“决算数比预算数增减%”): null here.
    /// </summary>
    private static (int Part, List<int> Bases)? Change(List<string> headers, List<Column> columns, List<int> years, int rate)
    {
        bool Previous(int i) => columns[i].Has(Roles.Previous) || YearOf(headers[i]) is int y && y < years.Max();
        bool Current(int i) => columns[i].Has(Roles.Amount) && !Previous(i);
        var part = Nearest(columns, rate, (_, i) => Current(i));
        var bases = Enumerable.Range(0, columns.Count).Where(i => columns[i].Has(Roles.Amount) && Previous(i)).ToList();
        return part is int p && bases.Count > 0 ? (p, bases) : null;
    }

    /// <summary>The row's amount: the amount column nearest before the share.</summary>
    private static (int Part, List<int> Bases)? Share(List<Column> columns, int rate) =>
        Nearest(columns, rate, c => c.Has(Roles.Amount)) is int p ? (p, new List<int> { p }) : null;

    private static int? Nearest(List<Column> columns, int before, Func<Column, bool> fits) => Nearest(columns, before, (c, _) => fits(c));

    private static int? Nearest(List<Column> columns, int before, Func<Column, int, bool> fits)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (columns[i].Rate is null && fits(columns[i], i)) return i;
        }
        return null;
    }

    private static List<int> Indexes(List<Column> columns, Func<Column, bool> fits) =>
        Enumerable.Range(0, columns.Count).Where(i => columns[i].Rate is null && fits(columns[i])).ToList();

    /// <summary>Each row's rate with its row's amounts.</summary>
    private static IEnumerable<TableRate> RatesOf(RateKind kind, List<SourceRow> rows, List<string> headers, RowNaming names, int rate, int part, List<int> bases)
    {
        foreach (var row in rows)
        {
            if (Printed(row, rate) is not var (r, rateCell) || Operand(row, headers, names, part) is not RateOperand p) continue;
            var b = bases.Select(i => Operand(row, headers, names, i)).OfType<RateOperand>().ToList();
            if (b.Count > 0) yield return new TableRate(kind, p.Row, headers[rate], r, !r.IsPercent, p, b, rateCell.Location);
        }
    }

    /// <summary>Each row's share of the amount in the same column of the table's one 合计 (or 总计) row.</summary>
    private IEnumerable<TableRate> SharesOf(List<SourceRow> rows, List<string> headers, RowNaming names, int rate, int part)
    {
        var totals = rows.Where(r => Label(r, part) is { Length: > 0 } l && words.Totals.Any(t => l.EndsWith(t, StringComparison.Ordinal))).ToList();
        if (totals.Count != 1 || Operand(totals[0], headers, names, part) is not RateOperand whole) yield break;
        foreach (var row in rows)
        {
            if (Printed(row, rate) is not var (r, rateCell) || Operand(row, headers, names, part) is not RateOperand p) continue;
            yield return new TableRate(RateKind.Share, p.Row, headers[rate], r, !r.IsPercent, p, new[] { whole }, rateCell.Location);
        }
    }

    private static (PrintedNumber, SourceCell)? Printed(SourceRow row, int column) =>
        row.At(column) is { } cell && cell.Column == column && NumberText.Parse(cell.Text) is PrintedNumber n ? (n, cell) : null;

    private static RateOperand? Operand(SourceRow row, List<string> headers, RowNaming names, int column) =>
        Printed(row, column) is var (n, cell) ? new RateOperand(headers[column], names.Of(row, column), n, cell.Location) : null;

    /// <summary>The columns that name or number a table's rows (rate-columns.json rowNames, rowNumbers, the first word found first), by their headers.</summary>
    private RowNaming RowNames(List<string> keys)
    {
        int? Find(List<string> heads) => heads.Select(h => keys.FindIndex(k => k.Contains(h, StringComparison.Ordinal))).Where(c => c >= 0).Cast<int?>().FirstOrDefault();
        return new RowNaming(Find(words.RowNames), Find(words.RowNumbers) is int n ? (n, keys[n]) : null);
    }

    /// <summary>
    /// How a row is named in findings: by the text in its name column (“城镇老旧小区改造”), else by its number (“序号3”), else by the
    /// last text before the amount (<see cref="Label"/>).
    /// </summary>
    private sealed record RowNaming(int? Name, (int Column, string Header)? Number)
    {
        public string Of(SourceRow row, int column)
        {
            string? Text(int c) => c < column && row.At(c) is { } cell && cell.Column == c && Spaceless.Of(cell.Text) is { Length: > 0 } t && NumberText.Parse(t) is null ? t : null;
            string? Numbered(int c) => c < column && row.At(c) is { } cell && cell.Column == c && Spaceless.Of(cell.Text) is { Length: > 0 } t ? t : null;
            if (Name is int name && Text(name) is string named) return named;
            if (Number is var (at, header) && Numbered(at) is string number) return header + number;
            return Label(row, column);
        }
    }

    /// <summary>The row's label: the last text before <paramref name="column"/> that is no number, without spaces.</summary>
    private static string Label(SourceRow row, int column) =>
        row.Cells.Where(c => c.Column < column && c.Text.Trim().Length > 0 && NumberText.Parse(c.Text) is null)
            .Select(c => Spaceless.Of(c.Text)).LastOrDefault() ?? string.Empty;

    [Flags]
    private enum Roles
    {
        None = 0,
        Amount = 1,
        Budget = 2,
        Actual = 4,
        Previous = 8,
        ChangeAmount = 16,
    }

    private sealed record Column(RateKind? Rate, Roles Roles)
    {
        public bool Has(Roles role) => (Roles & role) == role;
    }

    private sealed class RateWords
    {
        public RateKind Kind { get; init; }

        public List<string> Words { get; init; } = new();
    }

    private sealed class Vocabulary
    {
        public List<RateWords> Rates { get; init; } = new();

        public List<string> Budget { get; init; } = new();

        public List<string> NamedBudgets { get; init; } = new();

        public List<string> Actual { get; init; } = new();

        public List<string> Previous { get; init; } = new();

        public List<string> ChangeAmounts { get; init; } = new();

        public List<string> Totals { get; init; } = new();

        public List<string> NotRateTables { get; init; } = new();

        public List<string> FieldLabels { get; init; } = new();

        public List<string> RowNames { get; init; } = new();

        public List<string> RowNumbers { get; init; } = new();
    }
}
