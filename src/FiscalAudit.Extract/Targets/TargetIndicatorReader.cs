using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// The indicator table of a target form, from its header (一级指标 | 二级指标 | 三级指标 | 指标值; in a real table of a
/// department-wide form also 一级指标 | 二级指标 | 指标值, the 二级指标 naming the indicator) to the end of the form. In a real
/// table each row is read by the header's columns, a blank level cell continuing the level above (merged cells); flattened
/// one cell per line, a known 一级/二级指标 word sets the level (a word of both, 成本指标, is a 一级指标 when a 二级指标 word
/// follows it) and the other lines alternate indicator and 指标值 — without
/// 三级指标, a known 二级指标 word is the indicator and the next other line its 指标值.
/// </summary>
internal sealed class TargetIndicatorReader
{
    private readonly CellStream stream;
    private readonly ProjectTargetVocabulary words;

    public TargetIndicatorReader(CellStream stream, ProjectTargetVocabulary words)
    {
        this.stream = stream;
        this.words = words;
    }

    public IEnumerable<TargetIndicator> Read(int start, int end)
    {
        var cells = Enumerable.Range(start, end - start).Select(i => stream.Cells[i]).ToList();
        // “一级指标 | 二级指标 | 指标值” (a department-wide form without 三级指标): the 二级指标 names the indicator.
        var header = cells.FirstOrDefault(c => c.Key == words.Header.Level3) ?? cells.FirstOrDefault(c => c.Key == words.Header.Level2);
        if (header is null) return Array.Empty<TargetIndicator>();
        var columns = stream.LinePerCell ? null : Columns(header);
        return columns is null ? ByLines(header, end) : ByColumns(header, columns.Value, end);
    }

    private (int? Level1, int? Level2, int Level3, int Value)? Columns(Cell header)
    {
        var row = stream.RowOf(header).ToList();
        int? At(string word) => row.FirstOrDefault(c => c.Key.Contains(word, StringComparison.Ordinal))?.Index;
        var level2 = At(words.Header.Level2) is int l2 && l2 != header.Index ? l2 : (int?)null;
        return At(words.Header.Value) is int value && value != header.Index ? (At(words.Header.Level1), level2, header.Index, value) : null;
    }

    private IEnumerable<TargetIndicator> ByColumns(Cell header, (int? Level1, int? Level2, int Level3, int Value) columns, int end)
    {
        string? level1 = null, level2 = null;
        var first = stream.OrderOf(header) + 1;
        while (first < end && stream.Cells[first].Row == header.Row) first++;
        for (var i = first; i < end;)
        {
            var row = stream.Cells[i].Row;
            var cells = new List<Cell>();
            for (; i < end && stream.Cells[i].Row == row; i++) cells.Add(stream.Cells[i]);
            string? At(int? column) => column is null ? null : cells.FirstOrDefault(c => c.Index == column)?.Text;
            var name = cells.FirstOrDefault(c => c.Index == columns.Level3);
            if (name is null && At(columns.Level1) is null && At(columns.Level2) is null) yield break;
            if (At(columns.Level1) is string l1) (level1, level2) = (l1, null);
            if (At(columns.Level2) is string l2) level2 = l2;
            if (name is not null) yield return Indicator(level1, level2, name, At(columns.Value));
        }
    }

    private IEnumerable<TargetIndicator> ByLines(Cell header, int end)
    {
        var secondLevelNames = header.Key == words.Header.Level2;
        string? level1 = null, level2 = null;
        Cell? name = null;
        var headerWords = new[] { words.Header.Level1, words.Header.Level2, words.Header.Level3, words.Header.Value };
        for (var i = stream.OrderOf(header) + 1; i < end; i++)
        {
            var cell = stream.Cells[i];
            if (headerWords.Contains(cell.Key)) continue;
            var isLevel2 = IndicatorLevels.Level2.Contains(cell.Key) && (!IndicatorLevels.Level1.Contains(cell.Key) || (level1 is not null && !StartsLevel2(i + 1, end)));
            if (isLevel2 || IndicatorLevels.Level1.Contains(cell.Key))
            {
                if (name is not null) yield return Indicator(level1, level2, name, null);
                if (isLevel2 && secondLevelNames) name = cell;
                else if (isLevel2) (level2, name) = (cell.Text, null);
                else (level1, level2, name) = (cell.Text, null, null);
            }
            else if (name is null)
            {
                name = cell;
            }
            else
            {
                yield return Indicator(level1, level2, name, cell.Text);
                name = null;
            }
        }
        if (name is not null) yield return Indicator(level1, level2, name, null);
    }

    /// <summary>True when the line at <paramref name="i"/> is a 二级指标 word, so the word of both levels before it (成本指标) is its 一级指标.</summary>
    private bool StartsLevel2(int i, int end) => i < end && IndicatorLevels.Level2.Contains(stream.Cells[i].Key);

    private static TargetIndicator Indicator(string? level1, string? level2, Cell name, string? value) =>
        new(level1, level2, name.Text, TargetParser.ParseTarget(value ?? string.Empty), name.Location);
}
