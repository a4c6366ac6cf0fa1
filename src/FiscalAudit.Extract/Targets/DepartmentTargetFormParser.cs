using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Reads 部门整体支出绩效目标表 from the cells of target forms (<see cref="FormCells"/>): each department-wide title starts a form
/// that runs to the next title; the year is the one its title names, the head rows give the department (部门名称), the funds and
/// the 年度总体目标, then the 年度主要任务 (<see cref="TargetTaskReader"/>) and the indicators (<see cref="TargetIndicatorReader"/>).
/// A title that states none of these (a table of contents' entry) is no form.
/// </summary>
internal sealed partial class DepartmentTargetFormParser
{
    [GeneratedRegex(@"((?:19|20)[0-9]{2})年")]
    private static partial Regex TitleYear();

    private readonly FormCells cells;
    private readonly ProjectTargetVocabulary words;

    public DepartmentTargetFormParser(FormCells cells, ProjectTargetVocabulary words)
    {
        this.cells = cells;
        this.words = words;
    }

    public IEnumerable<DepartmentTargetForm> Parse() =>
        cells.Forms(words.IsDepartmentTitle).Select(f => ParseForm(f.Start, f.End)).OfType<DepartmentTargetForm>();

    private DepartmentTargetForm? ParseForm(int start, int end)
    {
        var title = cells.Stream.Cells[start];
        var year = TitleYear().Match(title.Key);
        var form = cells.Fill(new DepartmentTargetForm(title.Location)
        {
            Department = cells.Labelled(start, end, words.Department.Name),
            Year = year.Success ? int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture) : null,
        }, start, end);
        var (tasks, total) = new TargetTaskReader(cells.Stream, words).Read(start, end);
        form.Tasks.AddRange(tasks);
        form.TasksTotal = total;
        return form.Department is null && form.Total is null && tasks.Count == 0 && form.Indicators.Count == 0 ? null : form;
    }
}
