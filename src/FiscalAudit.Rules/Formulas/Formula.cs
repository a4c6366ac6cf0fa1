namespace FiscalAudit.Rules.Formulas;

/// <summary>
/// One parsed identity (审核公式): <c>left relation right</c>, e.g.
/// <c>T1.收入[本年收入合计].金额 = sum(T1.收入[本年收入合计之前].金额)</c>. See docs/formulas.md.
/// </summary>
/// <param name="Text">The formula as written in the template.</param>
/// <param name="PartsLabel">How a message names a long right-hand side (“各项收入之和”; “{级}” stands for the children's level), or null.</param>
/// <param name="Note">A remark appended to the message of a same-quantity comparison (“收支总计应平衡”), or null.</param>
public sealed record Formula(string Text, Cells Left, Relation Relation, IReadOnlyList<Operand> Right, string? PartsLabel, string? Note = null)
{
    /// <summary>In <see cref="PartsLabel"/>, replaced by the level name (类, 款, 项, 单位) of the rows summed (a <c>[上级]</c> row's children).</summary>
    public const string LevelPlaceholder = "{级}";

    /// <summary>
    /// The right-hand side is one plain cell reference: the two sides are the same quantity printed twice
    /// (or, for ≤, a part and its whole), compared digit for digit rather than as a sum.
    /// </summary>
    public Cells? PlainRight => Right is [{ Subtract: false, Sum: false, Name: null } only] ? only.Cells[0] : null;
}

/// <summary>= (equal within rounding) or ≤ (a part never above its whole).</summary>
public enum Relation
{
    Equal,
    AtMost,
}

/// <summary>
/// One term of the right-hand side: a cell reference or <c>sum(…)</c> of several, added or subtracted;
/// <paramref name="Name"/> (written <c>“本年收入”T4.收入[…].金额</c>) is how the message names the term instead of its row.
/// </summary>
public sealed record Operand(IReadOnlyList<Cells> Cells, bool Sum, bool Subtract, string? Name = null);

/// <summary>
/// Cells of one table: <c>T4.支出[本年支出合计].一般公共预算财政拨款</c> — table id, optional side, the rows,
/// and the column (alternatives separated by |: the first one the table has; <c>*</c>: every column of the
/// left-hand row). <paramref name="Optional"/> (a trailing <c>?</c>): when the table does not print the row
/// or the column, the term is left out of its sum rather than stopping the formula.
/// </summary>
public sealed record Cells(string Table, string? Side, RowSelector Rows, IReadOnlyList<string> Columns, bool Optional = false)
{
    public const string Every = "*";

    /// <summary><c>.*</c>: the formula is checked once for every column the left-hand row prints.</summary>
    public bool EveryColumn => Columns is [Every];
}

/// <summary>Which rows of a table a reference means.</summary>
public abstract record RowSelector
{
    /// <summary>True when the selector means a set of rows (compared row by row, or summed) rather than one row.</summary>
    public abstract bool IsSet { get; }
}

/// <summary><c>[本年收入合计]</c>, <c>[合计|总计]</c>, <c>[208]</c>, <c>[一]</c>: the first printed row matching any of the patterns.</summary>
public sealed record OneRow(IReadOnlyList<RowPattern> Patterns) : RowSelector
{
    public override bool IsSet => false;
}

/// <summary><c>[一..八]</c>: the named rows from the first match of <see cref="From"/> through the first match of <see cref="To"/> after it.</summary>
public sealed record RowRange(RowPattern From, RowPattern To) : RowSelector
{
    public override bool IsSet => true;
}

/// <summary><c>[年初财政拨款结转和结余之后的政府性基金预算财政拨款]</c>: the first <see cref="Row"/> printed after the first <see cref="Anchor"/>.</summary>
public sealed record FirstAfter(RowPattern Anchor, RowPattern Row) : RowSelector
{
    public override bool IsSet => false;
}

/// <summary><c>[本年收入合计之前的政府性基金预算财政拨款]</c>: the first named <see cref="Row"/> printed before the first <see cref="Anchor"/>.</summary>
public sealed record FirstBefore(RowPattern Anchor, RowPattern Row) : RowSelector
{
    public override bool IsSet => false;
}

/// <summary>
/// <c>[本年收入合计之前]</c>: the named rows printed before the first row matching one of <see cref="Stops"/>
/// (<c>[本年支出合计|支出总计之前]</c>: before the subtotal where the layout prints one, else before the total);
/// <c>[本年支出之后结转下年|支出总计之前]</c>: only those after the first row matching one of <see cref="Starts"/>, where one is printed.
/// </summary>
public sealed record RowsBefore(IReadOnlyList<RowPattern> Stops, IReadOnlyList<RowPattern> Starts) : RowSelector
{
    public override bool IsSet => true;
}

/// <summary>
/// <c>[合计|总计以外]</c>: every named row but the first matching one of <see cref="Excluded"/> (a list of items under its total,
/// whether the total is printed above or below them: 项目支出表, 政府采购预算表), an item under a subtotal row counted through it; none
/// when the total is not printed or no other row is.
/// </summary>
public sealed record RowsExcept(IReadOnlyList<RowPattern> Excluded) : RowSelector
{
    public override bool IsSet => true;
}

/// <summary><c>[类]</c>: the rows carrying a three-digit function 类 code, one per row name.</summary>
public sealed record ClassRows : RowSelector
{
    public override bool IsSet => true;
}

/// <summary><c>[*]</c>: every row of the table (on the side); on the right, the row the left-hand side stands on.</summary>
public sealed record EveryRow : RowSelector
{
    public override bool IsSet => false;
}

/// <summary><c>[顶级]</c>: the coded rows with no printed ancestor code (the 类 under 合计, when 类 are printed).</summary>
public sealed record TopLevelRows : RowSelector
{
    public override bool IsSet => true;
}

/// <summary><c>[上级]</c>: every coded row whose children (longer codes it prefixes) are printed, or subtotal row with its items, one at a time.</summary>
public sealed record ParentRows : RowSelector
{
    public override bool IsSet => false;
}

/// <summary><c>[下级]</c>: the printed children of the <c>[上级]</c> row on the left.</summary>
public sealed record ChildRows : RowSelector
{
    public override bool IsSet => true;
}

/// <summary><c>[首行]</c>: the first row that prints any cell (a one-row table such as 表七, whatever its label).</summary>
public sealed record FirstFilledRow : RowSelector
{
    public override bool IsSet => false;
}
