using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Third-party indicator tables flattened one cell per line (pdftotext -raw, text copied from a PDF, some Word text
/// exports) rebuilt as tables, so that <see cref="ThirdPartyTableReader"/> reads them like ruled ones. The header is the
/// run of header words from “一级指标” on, one a line (a header word wrapped over two lines joined again); its columns
/// (<see cref="FlatColumn"/>) tell <see cref="FlatRowAligner"/> how the lines below make rows. A coded table's header (from
/// “编号” or “序号” on, <see cref="CodedIndicatorTables"/>) makes its rows by their codes instead (<see cref="FlatCodedRows"/>). A 合计 or 小计 line with the
/// numbers under it, a grade word after them and a grade line (“评价等级” “良”) make rows of their own; the table ends after
/// its 合计 and grade, at a report's title, at another table's header, at a line of several cells, or where the lines stop
/// making rows. The header printed again on a new page (after “续表” or the caption with “（续）”, <see cref="TableMarks.IsContinuationMark"/>),
/// and a page number (<see cref="PageNumberLine.IsDecorated"/>), are passed over.
/// </summary>
internal static class FlattenedIndicatorTables
{
    /// <summary>The longest header word (compact characters).</summary>
    private const int LongestHeader = 12;

    /// <summary>
    /// The document's blocks with each flattened third-party indicator table in place of the blocks its lines made;
    /// the document's own blocks when it has none. A paragraph the joiner glued from table lines and text before or
    /// after the table keeps only that text: no line of the table is read as running text.
    /// </summary>
    public static IReadOnlyList<Block> Blocks(SourceDocument document) => Rebuilt.GetValue(document, d => Rebuild(d, ThirdPartyVocabulary.Default));

    /// <summary>The blocks rebuilt once per document: the narrative and the third-party report parser read the same ones.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceDocument, IReadOnlyList<Block>> Rebuilt = new();

    private static IReadOnlyList<Block> Rebuild(SourceDocument document, ThirdPartyVocabulary words)
    {
        var tables = Find(document.Lines, words);
        if (tables.Count == 0) return document.Blocks;
        bool InTable((int, int) at) => tables.Any(t => at.CompareTo(t.First) >= 0 && at.CompareTo(t.Last) <= 0);
        var blocks = new List<Block>();
        var next = 0;
        foreach (var block in document.Blocks.SelectMany<Block, Block>(b => b is ParagraphBlock p ? OutsideTables(p, InTable) : [b]))
        {
            var at = Key(block.Location);
            while (next < tables.Count && at.CompareTo(tables[next].Last) > 0) blocks.Add(tables[next++].Table);
            if (InTable(at)) continue;
            blocks.Add(block);
        }
        blocks.AddRange(tables.Skip(next).Select(t => t.Table));
        return blocks;
    }

    /// <summary>The parts of <paramref name="paragraph"/> made of lines outside every table: each run of such lines one paragraph.</summary>
    private static IEnumerable<ParagraphBlock> OutsideTables(ParagraphBlock paragraph, Func<(int, int), bool> inTable)
    {
        var inside = paragraph.Pieces.Select(p => inTable(Key(p.Location))).ToList();
        if (!inside.Contains(true)) yield return paragraph;
        else
        {
            for (var i = 0; i < inside.Count; i++)
            {
                if (inside[i]) continue;
                var count = inside.Skip(i).TakeWhile(x => !x).Count();
                var part = paragraph.Slice(i, count);
                if (part.Text.Trim().Length > 0) yield return part;
                i += count - 1;
            }
        }
    }

    private static (int Page, int Line) Key(SourceLocation location) => (location.Page ?? 0, location.Line ?? 0);

    private static List<(TableBlock Table, (int, int) First, (int, int) Last)> Find(IReadOnlyList<TextLine> lines, ThirdPartyVocabulary words)
    {
        var found = new List<(TableBlock, (int, int), (int, int))>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (CellOf(lines[i]) is not FlatLine first) continue;
            var coded = words.CodedTables.CodeHeaders.Contains(first.Key);
            if (!coded && words.LevelOf(first.Key) != 1) continue;
            var (header, body) = Header(lines, i, words, coded);
            var headerRow = Row(header.Select((h, c) => (c, new List<FlatLine> { h })));
            if ((coded ? CodedPlan(header, headerRow, words) : LevelledPlan(header, headerRow, words)) is not Plan plan) continue;
            var (rows, end) = Body(lines, body, plan, words);
            if (rows.Count == 0) continue;
            var table = new TableBlock([headerRow, .. rows], lines[i].Location.Through(lines[end - 1].Location));
            if (ThirdPartyTableReader.Read(coded ? CodedIndicatorTables.Levelled([table], words)[0] as TableBlock ?? table : table, words) is null) continue;
            found.Add((table, Key(lines[i].Location), Key(lines[end - 1].Location)));
            i = end - 1;
        }
        return found;
    }

    /// <summary>
    /// What a flattened table's header tells its body: the header (its first word says where it is printed again), how the lines
    /// between closing rows make rows, and the columns of a 合计 row's label, score and points.
    /// </summary>
    private sealed record Plan(List<FlatLine> Header, bool Coded, Func<List<FlatLine>, (List<List<(int Column, List<FlatLine> Lines)>> Rows, int Consumed)> Align, int Label, int Score, int Weight);

    /// <summary>A levelled header's plan (一级指标 | 二级指标 | 三级指标 | 分值 | …): rows weighed by <see cref="FlatRowAligner"/>.</summary>
    private static Plan? LevelledPlan(List<FlatLine> header, SourceRow headerRow, ThirdPartyVocabulary words)
    {
        if (ThirdPartyTableReader.HeaderColumns(headerRow, words) is not ThirdPartyTableReader.Columns columns) return null;
        var score = columns.Of(IndicatorColumn.Score);
        if (score < 0) return null; // 扣分 alone: a deduction left blank prints no line, so no row could be told from the next
        var flat = FlatColumn.Of(columns, header.Count);
        var weight = columns.Weight[3] >= 0 ? columns.Weight[3] : columns.Weight.Max();
        return new Plan(header, false, pending => FlatRowAligner.Align(pending, flat, words), columns.Level[1], score, weight);
    }

    /// <summary>A coded header's plan (编号 | 指标 | 分值 | 评分标准 | 得分): rows opened by their codes (<see cref="FlatCodedRows"/>), each code following the last one read.</summary>
    private static Plan? CodedPlan(List<FlatLine> header, SourceRow headerRow, ThirdPartyVocabulary words)
    {
        if (CodedIndicatorTables.LayoutOf(headerRow, words) is not CodedIndicatorTables.Layout layout) return null;
        var keys = header.Select(h => h.Key).ToList();
        string? previous = null;
        return new Plan(header, true, pending =>
        {
            var aligned = FlatCodedRows.Align(pending, layout, keys, words, previous);
            previous = aligned.Rows.Select(r => r.First(c => c.Column == layout.Code).Lines[0].Key).LastOrDefault() ?? previous;
            return aligned;
        }, layout.Code, layout.Score, layout.Points);
    }

    /// <summary>The line's one cell (<see cref="CellStream.SingleCell"/>); null for a line of several cells or none.</summary>
    private static FlatLine? CellOf(TextLine line) => CellStream.SingleCell(line.Text) is string text ? new FlatLine(text, line.Location) : null;

    /// <summary>
    /// The header words from <paramref name="start"/> on, at most <paramref name="limit"/> of them (a word wrapped over two
    /// lines joined again), and the index of the line after them.
    /// </summary>
    private static (List<FlatLine> Header, int Next) Header(IReadOnlyList<TextLine> lines, int start, ThirdPartyVocabulary words, bool coded, int limit = int.MaxValue)
    {
        var header = new List<FlatLine>();
        var i = start;
        bool IsWord(string key) => ThirdPartyTableReader.IsHeaderWord(key, words) || (coded && (words.CodedTables.CodeHeaders.Contains(key) || words.CodedTables.NameHeaders.Contains(key)));
        for (; i < lines.Count && CellOf(lines[i]) is FlatLine cell && IsHeaderLike(cell, words) && !(coded && FlatCodedRows.Code(cell, words) is not null); i++)
        {
            var joined = header.Count > 0 ? header[^1].Key + cell.Key : null;
            if (joined is not null && !IsWord(cell.Key) && IsWord(joined))
                header[^1] = new FlatLine(header[^1].Text + cell.Text, header[^1].Location.Through(cell.Location));
            else if (header.Count == limit) break;
            else header.Add(cell);
        }
        return (header, i);
    }

    /// <summary>A short line without digits that names no framework group: a header cell, not the first row's.</summary>
    private static bool IsHeaderLike(FlatLine cell, ThirdPartyVocabulary words) =>
        cell.Key.Length <= LongestHeader && !cell.Key.Any(char.IsAsciiDigit)
        && words.GroupOf(ThirdPartyTableReader.LevelParts(cell.Key, words).Name) is null;

    /// <summary>The rows under the header from line <paramref name="start"/>, and the index of the line after the table.</summary>
    private static (List<SourceRow> Rows, int End) Body(IReadOnlyList<TextLine> lines, int start, Plan plan, ThirdPartyVocabulary words)
    {
        var rows = new List<SourceRow>();
        var pending = new List<(FlatLine Line, int Index)>();
        var end = start;
        bool Flush()
        {
            var (aligned, consumed) = plan.Align(pending.Select(p => p.Line).ToList());
            rows.AddRange(aligned.Select(Row));
            if (consumed > 0) end = pending[consumed - 1].Index + 1;
            var whole = consumed == pending.Count;
            pending.Clear();
            return whole;
        }
        var i = start;
        while (i < lines.Count)
        {
            if (IsPassedOver(lines[i]))
            {
                i++;
                continue;
            }
            if (TableMarks.IsContinuationMark(lines[i].Text) && HeaderAgainAfter(lines, i + 1, plan, words) is int again)
            {
                i = again;
                continue;
            }
            if (CellOf(lines[i]) is not FlatLine cell || IsTitle(cell, words)) break;
            if (StartsHeader(cell, plan, words))
            {
                if (!RepeatsHeader(lines, i, plan, words)) break;
                i = Header(lines, i, words, plan.Coded, plan.Header.Count).Next;
                continue;
            }
            if (Closing(lines, i, plan) is not (List<SourceRow> closing, int after, bool total))
            {
                pending.Add((cell, i++));
                continue;
            }
            if (!Flush()) return (rows, end);
            rows.AddRange(closing);
            (i, end) = (after, after);
            if (total) return (rows, end);
        }
        Flush();
        return (rows, end);
    }

    /// <summary>A blank line or a page number between a flattened table's lines (decorated: a bare number is a cell).</summary>
    private static bool IsPassedOver(TextLine line) =>
        string.IsNullOrWhiteSpace(line.Text) || PageNumberLine.IsDecorated(EvaluationText.Compact(line.Text));

    /// <summary>
    /// The index of the line where <paramref name="header"/> is printed again after “续表” (or the caption with “（续）”) at
    /// <paramref name="from"/> − 1, blank lines, page numbers and further such marks passed over; null when the table's header does not follow.
    /// </summary>
    private static int? HeaderAgainAfter(IReadOnlyList<TextLine> lines, int from, Plan plan, ThirdPartyVocabulary words)
    {
        var i = from;
        while (i < lines.Count && (IsPassedOver(lines[i]) || TableMarks.IsContinuationMark(lines[i].Text))) i++;
        return i < lines.Count && CellOf(lines[i]) is FlatLine cell && StartsHeader(cell, plan, words) && RepeatsHeader(lines, i, plan, words) ? i : null;
    }

    /// <summary>True when the line is the first word of a header of the plan's kind (一级指标; 编号 or 序号 for a coded one).</summary>
    private static bool StartsHeader(FlatLine cell, Plan plan, ThirdPartyVocabulary words) =>
        plan.Coded ? words.CodedTables.CodeHeaders.Contains(cell.Key) : words.LevelOf(cell.Key) == 1;

    /// <summary>True when the header from line <paramref name="i"/> is the plan's header again (printed on a new page).</summary>
    private static bool RepeatsHeader(IReadOnlyList<TextLine> lines, int i, Plan plan, ThirdPartyVocabulary words) =>
        Header(lines, i, words, plan.Coded, plan.Header.Count).Header.Select(h => h.Key).SequenceEqual(plan.Header.Select(h => h.Key));

    /// <summary>
    /// The rows at line <paramref name="i"/> that are no indicator's: a 合计 or 小计 label and the numbers under it (the last the
    /// score, the first the points; a grade word after them), or a grade label and its grade; then the index of the line after
    /// them and whether they close the table (a 合计, with a grade line right after it, or a grade line).
    /// </summary>
    private static (List<SourceRow> Rows, int After, bool Closes)? Closing(IReadOnlyList<TextLine> lines, int i, Plan plan)
    {
        var label = CellOf(lines[i])!;
        var table = IndicatorTableWords.Default;
        if (table.IsGradeLabel(label.Key)) return GradeRow(lines, i, plan.Label) is var (gradeRow, afterGrade) ? ([gradeRow], afterGrade, true) : null;
        var total = table.IsTotalLabel(label.Key);
        if (!total && table.SubtotalGroup(label.Key) is null) return null;
        var numbers = new List<FlatLine>();
        var j = i + 1;
        for (; j < lines.Count && CellOf(lines[j]) is FlatLine n && IsNumber(n); j++) numbers.Add(n);
        if (numbers.Count == 0) return null;
        var (score, weight) = (plan.Score, plan.Weight);
        var cells = new List<(int, List<FlatLine>)> { (plan.Label, [label]), (score, [numbers[^1]]) };
        if (numbers.Count > 1 && weight >= 0) cells.Add((weight, [numbers[0]]));
        if (j < lines.Count && CellOf(lines[j]) is FlatLine word && table.GradeOf(word.Key) is not null)
        {
            cells.Add((score + 1, [word]));
            j++;
        }
        var rows = new List<SourceRow> { Row(cells) };
        if (total && j < lines.Count && CellOf(lines[j]) is FlatLine next && table.IsGradeLabel(next.Key) && GradeRow(lines, j, plan.Label) is var (grade, after))
        {
            rows.Add(grade);
            j = after;
        }
        return (rows, j, total);
    }

    /// <summary>A number cell (“88.5”, “15分”), a percentage excepted: the numbers of the weight and score columns.</summary>
    internal static bool IsNumber(FlatLine line) => EvaluationText.Number(line.Text) is not null && !line.Key.Contains('%');

    /// <summary>A bare number (“88.5”), no “分” after it: a weight or score for sure, where “0.5分” may end a wrapped 评分标准.</summary>
    internal static bool IsBareNumber(FlatLine line) => IsNumber(line) && NumberText.Parse(line.Key) is not null;

    /// <summary>A grade label and its grade: in the label's line (“评价等级：良”) or the next.</summary>
    private static (SourceRow Row, int After)? GradeRow(IReadOnlyList<TextLine> lines, int i, int column)
    {
        var label = CellOf(lines[i])!;
        if (IndicatorTableWords.Default.GradeAfterLabel(label.Key, null) is not null) return (Row([(column, [label])]), i + 1);
        if (i + 1 < lines.Count && CellOf(lines[i + 1]) is FlatLine value && IndicatorTableWords.Default.GradeAfterLabel(label.Key, value.Text) is not null)
            return (Row([(column, [label]), (column + 1, [value])]), i + 2);
        return null;
    }

    private static bool IsTitle(FlatLine cell, ThirdPartyVocabulary words) => words.TitleEndings.Any(e => cell.Key.EndsWith(e, StringComparison.Ordinal));

    /// <summary>A row of the cells given by column, each cell's lines joined and placed from its first line to its last.</summary>
    private static SourceRow Row(IEnumerable<(int Column, List<FlatLine> Lines)> cells)
    {
        var built = cells.OrderBy(c => c.Column).Select(c => new SourceCell(
            string.Concat(c.Lines.Select(l => l.Text)), c.Column,
            c.Lines.Count == 1 ? c.Lines[0].Location : c.Lines[0].Location.Through(c.Lines[^1].Location))).ToList();
        return new SourceRow(built, built[0].Location);
    }
}
