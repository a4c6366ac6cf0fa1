using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// The cells of target forms (项目支出绩效目标表, 部门整体支出绩效目标表) in a <see cref="CellStream"/>: where each form runs (from
/// its title to the next title of either kind) and the values printed with a label (after it in its cell, or in the next cell).
/// </summary>
internal sealed class FormCells
{
    private readonly ProjectTargetVocabulary words;

    public FormCells(CellStream stream, ProjectTargetVocabulary words)
    {
        Stream = stream;
        this.words = words;
    }

    public CellStream Stream { get; }

    /// <summary>The forms whose titles <paramref name="isTitle"/> accepts: from the title to the next title of either kind.</summary>
    public IEnumerable<(int Start, int End)> Forms(Func<string, bool> isTitle)
    {
        var cells = Stream.Cells;
        var titles = Enumerable.Range(0, cells.Count).Where(i => words.IsTitle(cells[i].Key) || words.IsDepartmentTitle(cells[i].Key)).ToList();
        for (var t = 0; t < titles.Count; t++)
        {
            if (isTitle(cells[titles[t]].Key)) yield return (titles[t], t + 1 < titles.Count ? titles[t + 1] : cells.Count);
        }
    }

    /// <summary>The first cell in the range that starts with one of <paramref name="labels"/> (longest first), and the label.</summary>
    public (Cell Cell, string Label)? Find(int start, int end, IReadOnlyList<string> labels)
    {
        var ordered = labels.OrderByDescending(l => l.Length).ToList();
        for (var i = start; i < end; i++)
        {
            var key = Stream.Cells[i].Key;
            if (ordered.FirstOrDefault(l => key.StartsWith(l, StringComparison.Ordinal)) is string label) return (Stream.Cells[i], label);
        }
        return null;
    }

    /// <summary>The text printed with a label: after it in the same cell (“项目名称XX”) or in the next cell.</summary>
    public PlacedText? Labelled(int start, int end, IReadOnlyList<string> labels)
    {
        if (Find(start, end, labels) is not var (cell, label)) return null;
        var inline = InlineRest(cell, label);
        if (inline.Length > 0) return new PlacedText(inline, cell.Location);
        return ValueAfter(cell) is Cell value ? new PlacedText(value.Text, value.Location) : null;
    }

    /// <summary>The number printed with a funds label: after it in the same cell or in the next cell.</summary>
    public PlacedNumber? Amount(int start, int end, IReadOnlyList<string> labels)
    {
        if (Find(start, end, labels) is not var (cell, label)) return null;
        if (EvaluationText.Number(InlineRest(cell, label)) is { } inline) return new PlacedNumber(inline, cell.Location);
        return ValueAfter(cell) is Cell value && EvaluationText.Number(value.Text) is { } n ? new PlacedNumber(n, value.Location) : null;
    }

    /// <summary>The funds and the goal of the form in [<paramref name="start"/>, <paramref name="end"/>), and its indicators.</summary>
    public T Fill<T>(T form, int start, int end) where T : TargetForm
    {
        form.Total = Amount(start, end, words.Total);
        form.Fiscal = Amount(start, end, words.Fiscal);
        form.Other = Amount(start, end, words.Other);
        form.Goal = Labelled(start, end, words.Goal);
        form.Indicators.AddRange(new TargetIndicatorReader(Stream, words).Read(start, end));
        return form;
    }

    /// <summary>What follows the label in its cell, without a leading colon (the compact key has ASCII colons).</summary>
    private static string InlineRest(Cell cell, string label) => cell.Key[label.Length..].TrimStart(':').Trim();

    /// <summary>The next cell of the row (or the next line or the one after it), unless it is itself a label.</summary>
    private Cell? ValueAfter(Cell label)
    {
        var i = Stream.OrderOf(label) + 1;
        if (i >= Stream.Cells.Count) return null;
        var next = Stream.Cells[i];
        if (!Stream.SameRow(label, next) || (Stream.LinePerCell && next.Index - label.Index > 2)) return null;
        return words.Labels.Any(l => next.Key.StartsWith(l, StringComparison.Ordinal)) ? null : next;
    }
}
