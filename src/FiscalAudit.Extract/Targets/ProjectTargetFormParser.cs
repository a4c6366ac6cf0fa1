using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Reads 项目支出绩效目标表: each project title starts a form that runs to the next title; the head rows give the project, the
/// units, the funds and the 年度目标, the indicator table the indicators (<see cref="TargetIndicatorReader"/>).
/// </summary>
internal sealed class ProjectTargetFormParser(FormCells cells, ProjectTargetVocabulary words)
    : TargetFormParser<ProjectTargetForm>(cells, words)
{
    protected override bool IsTitle(string key) => Words.IsTitle(key);

    protected override ProjectTargetForm? ParseForm(int start, int end)
    {
        if (Cells.Labelled(start, end, Words.Project) is not PlacedText project) return null;
        return Cells.Fill(new ProjectTargetForm(project, Cells.Stream.Cells[start].Location)
        {
            Supervisor = Cells.Labelled(start, end, Words.Supervisor),
            Implementer = Cells.Labelled(start, end, Words.Implementer),
        }, start, end);
    }
}
