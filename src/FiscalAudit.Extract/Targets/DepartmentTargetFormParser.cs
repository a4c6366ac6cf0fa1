using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Reads 部门整体支出绩效目标表: each department-wide title starts a form that runs to the next title; the year is the one its title names, the head rows give the department (部门名称), the funds and
/// the 年度总体目标, then the 年度主要任务 (<see cref="TargetTaskReader"/>) and the indicators (<see cref="TargetIndicatorReader"/>).
/// A title followed by neither a 部门名称 nor a 资金总额 (a table of contents' entry, lines read as paragraphs) is no form.
/// </summary>
internal sealed partial class DepartmentTargetFormParser(FormCells cells, ProjectTargetVocabulary words)
    : TargetFormParser<DepartmentTargetForm>(cells, words)
{
    [GeneratedRegex(@"((?:19|20)[0-9]{2})年")]
    private static partial Regex TitleYear();

    protected override bool IsTitle(string key) => Words.IsDepartmentTitle(key);

    protected override DepartmentTargetForm? ParseForm(int start, int end)
    {
        var title = Cells.Stream.Cells[start];
        var year = TitleYear().Match(title.Key);
        var form = Cells.Fill(new DepartmentTargetForm(title.Location)
        {
            Department = Cells.Labelled(start, end, Words.Department.Name),
            Year = year.Success ? int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture) : null,
        }, start, end);
        var (tasks, total) = new TargetTaskReader(Cells.Stream, Words).Read(start, end);
        form.Tasks.AddRange(tasks);
        form.TasksTotal = total;
        return form.Department is null && form.Total is null ? null : form;
    }
}
