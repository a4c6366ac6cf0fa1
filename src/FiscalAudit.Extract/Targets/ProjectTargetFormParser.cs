using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Reads 项目支出绩效目标表 from the cells of target forms (<see cref="FormCells"/>): each project title starts a form that runs
/// to the next title; the head rows give the project, the units, the funds and the 年度目标, the indicator table the
/// indicators (<see cref="TargetIndicatorReader"/>).
/// </summary>
internal sealed class ProjectTargetFormParser
{
    private readonly FormCells cells;
    private readonly ProjectTargetVocabulary words;

    public ProjectTargetFormParser(FormCells cells, ProjectTargetVocabulary words)
    {
        this.cells = cells;
        this.words = words;
    }

    public IEnumerable<ProjectTargetForm> Parse() =>
        cells.Forms(words.IsTitle).Select(f => ParseForm(f.Start, f.End)).OfType<ProjectTargetForm>();

    private ProjectTargetForm? ParseForm(int start, int end)
    {
        if (cells.Labelled(start, end, words.Project) is not PlacedText project) return null;
        return cells.Fill(new ProjectTargetForm(project, cells.Stream.Cells[start].Location)
        {
            Supervisor = cells.Labelled(start, end, words.Supervisor),
            Implementer = cells.Labelled(start, end, words.Implementer),
        }, start, end);
    }
}
