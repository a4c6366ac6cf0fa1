using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Reads 部门整体支出绩效目标表: each department-wide title starts a form that runs to the next title; the head rows give the
/// department (部门名称), the funds and the 年度总体目标, then the 年度主要任务 (<see cref="TargetTaskReader"/>) and the indicators (<see cref="TargetIndicatorReader"/>).
/// A title followed by neither a 部门名称 nor a 资金总额 (a table of contents' entry, lines read as paragraphs) is no form.
/// </summary>
internal sealed class DepartmentTargetFormParser(FormCells cells, ProjectTargetVocabulary words)
    : TargetFormParser<DepartmentTargetForm>(cells, words)
{
    protected override bool IsTitle(string key) => Words.IsDepartmentTitle(key);

    protected override DepartmentTargetForm? ParseForm(int start, int end)
    {
        var department = Cells.Labelled(start, end, Words.Department.Name);
        var form = Cells.Fill(new DepartmentTargetForm(Cells.Stream.Cells[start].Location) { Department = department }, start, end);
        var (tasks, total) = new TargetTaskReader(Cells.Stream, Words).Read(start, end);
        form.Tasks.AddRange(tasks);
        form.TasksTotal = total;
        return form.Department is null && form.Total is null ? null : form;
    }
}
