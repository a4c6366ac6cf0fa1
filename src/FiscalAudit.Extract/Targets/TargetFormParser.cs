using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Extract.Targets;

/// <summary>Reads the forms of one kind from the cells of target forms (<see cref="FormCells"/>): each title of the kind starts one.</summary>
internal abstract class TargetFormParser<T>(FormCells cells, ProjectTargetVocabulary words)
    where T : TargetForm
{
    protected FormCells Cells { get; } = cells;

    protected ProjectTargetVocabulary Words { get; } = words;

    public IEnumerable<T> Parse() => Cells.Forms(IsTitle).Select(f => ParseForm(f.Start, f.End)).OfType<T>();

    /// <summary>True for a title of the kind (a compact key).</summary>
    protected abstract bool IsTitle(string key);

    /// <summary>The form from its title at <paramref name="start"/> to <paramref name="end"/>, or null when it is none.</summary>
    protected abstract T? ParseForm(int start, int end);
}
