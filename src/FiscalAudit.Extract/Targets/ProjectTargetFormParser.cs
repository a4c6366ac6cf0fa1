using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Reads 项目支出绩效目标表 from a <see cref="CellStream"/> (real tables, or tables flattened one cell per line):
/// each title starts a form that runs to the next; the head rows give the project, the units, the funds and the
/// 年度目标, the indicator table the indicators (<see cref="TargetIndicatorReader"/>).
/// </summary>
internal sealed class ProjectTargetFormParser
{
    private readonly CellStream stream;
    private readonly ProjectTargetVocabulary words;

    public ProjectTargetFormParser(CellStream stream, ProjectTargetVocabulary words)
    {
        this.stream = stream;
        this.words = words;
    }

    public IEnumerable<ProjectTargetForm> Parse()
    {
        var titles = Enumerable.Range(0, stream.Cells.Count).Where(i => words.IsTitle(stream.Cells[i].Key)).ToList();
        for (var t = 0; t < titles.Count; t++)
        {
            var end = t + 1 < titles.Count ? titles[t + 1] : stream.Cells.Count;
            if (ParseForm(titles[t], end) is ProjectTargetForm form) yield return form;
        }
    }

    private ProjectTargetForm? ParseForm(int start, int end)
    {
        if (Labelled(start, end, words.Project) is not PlacedText project) return null;
        var form = new ProjectTargetForm(project, stream.Cells[start].Location)
        {
            Supervisor = Labelled(start, end, words.Supervisor),
            Implementer = Labelled(start, end, words.Implementer),
            Total = Amount(start, end, words.Total),
            Fiscal = Amount(start, end, words.Fiscal),
            Other = Amount(start, end, words.Other),
            Goal = Labelled(start, end, words.Goal),
        };
        form.Indicators.AddRange(new TargetIndicatorReader(stream, words).Read(start, end));
        return form;
    }

    /// <summary>The first cell in the range that starts with one of <paramref name="labels"/> (longest first), and the label.</summary>
    private (Cell Cell, string Label)? Find(int start, int end, IReadOnlyList<string> labels)
    {
        var ordered = labels.OrderByDescending(l => l.Length).ToList();
        for (var i = start; i < end; i++)
        {
            var key = stream.Cells[i].Key;
            if (ordered.FirstOrDefault(l => key.StartsWith(l, StringComparison.Ordinal)) is string label) return (stream.Cells[i], label);
        }
        return null;
    }

    /// <summary>The text printed with a label: after it in the same cell (“项目名称XX”) or in the next cell.</summary>
    private PlacedText? Labelled(int start, int end, IReadOnlyList<string> labels)
    {
        if (Find(start, end, labels) is not var (cell, label)) return null;
        var inline = InlineRest(cell, label);
        if (inline.Length > 0) return new PlacedText(inline, cell.Location);
        return ValueAfter(cell) is Cell value ? new PlacedText(value.Text, value.Location) : null;
    }

    /// <summary>The number printed with a funds label: after it in the same cell or in the next cell.</summary>
    private PlacedNumber? Amount(int start, int end, IReadOnlyList<string> labels)
    {
        if (Find(start, end, labels) is not var (cell, label)) return null;
        if (EvaluationText.Number(InlineRest(cell, label)) is { } inline) return new PlacedNumber(inline, cell.Location);
        return ValueAfter(cell) is Cell value && EvaluationText.Number(value.Text) is { } n ? new PlacedNumber(n, value.Location) : null;
    }

    /// <summary>What follows the label in its cell, without a leading colon (the compact key has ASCII colons).</summary>
    private static string InlineRest(Cell cell, string label) => cell.Key[label.Length..].TrimStart(':').Trim();

    /// <summary>The next cell of the row (or the next line or the one after it), unless it is itself a label.</summary>
    private Cell? ValueAfter(Cell label)
    {
        var i = stream.OrderOf(label) + 1;
        if (i >= stream.Cells.Count) return null;
        var next = stream.Cells[i];
        if (!stream.SameRow(label, next) || (stream.LinePerCell && next.Index - label.Index > 2)) return null;
        return words.Labels.Any(l => next.Key.StartsWith(l, StringComparison.Ordinal)) ? null : next;
    }
}
