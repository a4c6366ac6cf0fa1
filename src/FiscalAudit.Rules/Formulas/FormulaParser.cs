using System.Text.RegularExpressions;

namespace FiscalAudit.Rules.Formulas;

/// <summary>
/// Reads one formula of a template (grammar in docs/formulas.md):
/// <code>
/// formula    = cells relation expression
/// relation   = "=" | "&lt;=" | "≤"
/// expression = term { ("+" | "-" | "−") term }
/// term       = "sum(" cells { "," cells } ")" | [ "“" name "”" ] cells
/// cells      = table [ "." side ] "[" rows "]" "." columns [ "?" ]
/// columns    = "*" | column { "|" column }
/// rows       = "*" | "首行" | "类" | "顶级" | "上级" | "下级" | pattern ("之后的" | "之前的") pattern
///            | [ patterns "之后" ] patterns "之前" | patterns "以外" | pattern ".." pattern | patterns
/// patterns   = pattern { "|" pattern }
/// </code>
/// Shapes are checked here too, so a template that loads can always be evaluated.
/// </summary>
public sealed partial class FormulaParser
{
    private const string Before = "之前";

    private const string After = "之后";
    private const string Except = "以外";
    private const string FirstAfterWord = "之后的";
    private const string FirstBeforeWord = "之前的";
    private const string Classes = "类";
    private const string TopLevel = "顶级";
    private const string Parents = "上级";
    private const string Children = "下级";
    private const string FirstFilled = "首行";

    /// <summary>Characters that end a column name (besides white space).</summary>
    private const string ColumnEnd = "|,，)+-−=<≤[]?？";

    private readonly string source;
    private readonly string text;
    private int pos;

    private FormulaParser(string source, string text)
    {
        this.source = source;
        this.text = text;
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="source"/> (“模板 x.json 规则 FA1001”) opens every error message.</summary>
    public static Formula Parse(string source, string text, string? partsLabel = null, string? note = null) => new FormulaParser(source, text).Formula(partsLabel, note);

    private Formula Formula(string? partsLabel, string? note)
    {
        var left = ParseCells();
        var relation = ParseRelation();
        var right = new List<Operand> { ParseTerm(subtract: false) };
        while (TrySign() is bool subtract) right.Add(ParseTerm(subtract));
        SkipSpace();
        if (pos < text.Length) throw Error("公式在此处应结束");
        var formula = new Formula(text, left, relation, right, partsLabel, note);
        CheckQuantifiers(formula);
        CheckShapes(formula);
        return formula;
    }

    /// <summary>[*], [上级]/[下级] and .* on the right stand for what the left-hand side is bound to, so they need it there.</summary>
    private void CheckQuantifiers(Formula formula)
    {
        var left = formula.Left;
        if (left.Rows is ChildRows) throw ShapeError("“[下级]”只能写在右边的 sum(…) 中");
        if (left.Optional) throw ShapeError("左边不能标“?”（只有右边的项可以在表中没有时略去）");
        if (left.EveryColumn && left.Rows.IsSet) throw ShapeError("“.*”（每一列）的左边应是一行，不能是一组行");
        foreach (var cells in formula.Right.SelectMany(o => o.Cells))
        {
            if (cells.EveryColumn && !left.EveryColumn) throw ShapeError("右边的“.*”指左边的同一列，左边也应写成“.*”");
            if (cells.Rows is EveryRow && (left.Rows is not EveryRow || cells.Table != left.Table || cells.Side != left.Side))
                throw ShapeError("右边的“[*]”指左边的同一行，左边应是同一张表的“[*]”");
            if (cells.Rows is ChildRows && (left.Rows is not ParentRows || cells.Table != left.Table || cells.Side != left.Side))
                throw ShapeError("“[下级]”指左边“[上级]”行的下级科目，左边应是同一张表的“[上级]”");
            if (cells.Rows is ParentRows) throw ShapeError("“[上级]”只能写在左边");
        }
    }

    private void CheckShapes(Formula formula)
    {
        var plain = formula.PlainRight;
        if (formula.Left.Rows.IsSet && plain is not { Rows.IsSet: true })
            throw ShapeError("左边是一组行时，右边也应是另一张表（或另一列）的一组行，按行名逐行比较");
        if (plain is not null)
        {
            if (!formula.Left.Rows.IsSet && plain.Rows.IsSet) throw ShapeError("右边是一组行，应写成 sum(…) 求和，或左边也写成一组行");
            return;
        }
        if (formula.Relation == Relation.AtMost) throw ShapeError("“<=”两边都应是单元格（或都是一组行），不能是和式");
        if (formula.Right.Any(o => !o.Sum && o.Cells[0].Rows.IsSet)) throw ShapeError("和式中的一组行应写在 sum(…) 内");
    }

    private Relation ParseRelation()
    {
        SkipSpace();
        if (Accept("<=") || Accept("≤")) return Relation.AtMost;
        if (Accept("=")) return Relation.Equal;
        throw Error("此处应为关系符“=”或“<=”");
    }

    private bool? TrySign()
    {
        SkipSpace();
        if (Accept("+")) return false;
        if (Accept("-") || Accept("−")) return true;
        return null;
    }

    private Operand ParseTerm(bool subtract)
    {
        SkipSpace();
        if (Accept("“"))
        {
            var nameAt = pos;
            var name = ReadUntil('”');
            if (!Accept("”")) throw Error("缺少与““”配对的“””", nameAt - 1);
            return new Operand(new[] { ParseCells() }, Sum: false, subtract, name.Trim());
        }
        if (!Accept("sum(")) return new Operand(new[] { ParseCells() }, Sum: false, subtract);
        var cells = new List<Cells> { ParseCells() };
        while (true)
        {
            SkipSpace();
            if (Accept(")")) return new Operand(cells, Sum: true, subtract);
            if (!Accept(",") && !Accept("，")) throw Error("sum(…) 中此处应为“,”或“)”");
            cells.Add(ParseCells());
        }
    }

    private Cells ParseCells()
    {
        SkipSpace();
        var table = TableId().Match(text, pos);
        if (!table.Success || table.Index != pos) throw Error("此处应为表号（如 T1）");
        pos += table.Length;
        string? side = null;
        if (Accept("."))
        {
            side = ReadUntil('[').Trim();
            if (side.Length == 0) throw Error("“.”后应为收支方向（如 收入、支出）");
        }
        if (!Accept("[")) throw Error("此处应为“[”（行）");
        var rowsAt = pos;
        var rowsText = ReadUntil(']', '[');
        if (!Accept("]")) throw Error("缺少与“[”配对的“]”", rowsAt - 1);
        var rows = ParseRows(rowsText.Trim(), rowsAt);
        if (!Accept(".")) throw Error("行之后应为“.列名”");
        var columns = new List<string> { ReadColumn() };
        while (Accept("|")) columns.Add(ReadColumn());
        if (columns.Count > 1 && columns.Contains(Cells.Every)) throw Error("“*”（每一列）不能与其他列名并列");
        var optional = Accept("?") || Accept("？");
        return new Cells(table.Value, side, rows, columns, optional);
    }

    private RowSelector ParseRows(string rows, int at)
    {
        switch (rows)
        {
            case Cells.Every: return new EveryRow();
            case Classes: return new ClassRows();
            case TopLevel: return new TopLevelRows();
            case Parents: return new ParentRows();
            case Children: return new ChildRows();
            case FirstFilled: return new FirstFilledRow();
        }
        foreach (var word in new[] { FirstAfterWord, FirstBeforeWord })
        {
            var split = rows.Split(word);
            if (split.Length > 2) throw Error($"行中只能有一个“{word}”", at);
            if (split.Length == 2)
                return word == FirstAfterWord ? new FirstAfter(Pattern(split[0], at), Pattern(split[1], at)) : new FirstBefore(Pattern(split[0], at), Pattern(split[1], at));
        }
        if (rows.EndsWith(Before, StringComparison.Ordinal))
        {
            var bounds = rows[..^Before.Length].Split(After);
            if (bounds.Length > 2) throw Error($"行中只能有一个“{After}”", at);
            var starts = bounds.Length == 2 ? Patterns(bounds[0], at) : new List<RowPattern>();
            return new RowsBefore(Patterns(bounds[^1], at), starts);
        }
        if (rows.EndsWith(Except, StringComparison.Ordinal)) return new RowsExcept(Patterns(rows[..^Except.Length], at));
        var range = rows.Split("..");
        if (range.Length == 2) return new RowRange(Pattern(range[0], at), Pattern(range[1], at));
        if (range.Length > 2) throw Error("行范围只能有一个“..”", at);
        return new OneRow(Patterns(rows, at));
    }

    /// <summary><c>patterns = pattern { "|" pattern }</c>.</summary>
    private List<RowPattern> Patterns(string patterns, int at) => patterns.Split('|').Select(p => Pattern(p, at)).ToList();

    private RowPattern Pattern(string pattern, int at)
    {
        var trimmed = pattern.Trim();
        if (trimmed.Length == 0) throw Error("“[ ]”中缺少行名", at);
        return new RowPattern(trimmed);
    }

    private string ReadColumn()
    {
        var start = pos;
        while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && !ColumnEnd.Contains(text[pos])) pos++;
        if (pos == start) throw Error("此处应为列名");
        return text[start..pos];
    }

    private string ReadUntil(params char[] stops)
    {
        var end = text.IndexOfAny(stops, pos);
        if (end < 0) end = text.Length;
        var read = text[pos..end];
        pos = end;
        return read;
    }

    private bool Accept(string token)
    {
        if (string.CompareOrdinal(text, pos, token, 0, token.Length) != 0) return false;
        pos += token.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    private FormulaException Error(string problem, int? at = null) =>
        new($"{source}的审核公式有误：{problem}（第 {(at ?? pos) + 1} 个字符处）。公式：{text}");

    private FormulaException ShapeError(string problem) => new($"{source}的审核公式有误：{problem}。公式：{text}");

    [GeneratedRegex(@"[A-Z]+[0-9]+")]
    private static partial Regex TableId();
}
