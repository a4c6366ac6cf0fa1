using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Project tables of the “执行率10 + 指标90” family: “项目支出绩效目标填报（自评）表” and “项目支出绩效自评表”,
/// whether real tables (tab-separated text, docx, xlsx) or flattened one cell per line. Reads the
/// header, the funds row (header-column or "预算数: x" style), the goals, the indicators and the total.
/// </summary>
internal sealed class ProjectTableParser
{
    private static IndicatorTableWords Words => IndicatorTableWords.Default;

    private static readonly Regex GoalBudget = new(
        $@"({LabelWordsFile.Alternatives(Words.GoalBudgetWords)})(?:为|共)?({WordAmounts.Number})万元", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly CellStream stream;

    public ProjectTableParser(CellStream stream)
    {
        this.stream = stream;
    }

    /// <summary>
    /// “项目支出绩效自评表”, “（2023年度）项目支出绩效自评表”, and a title that names the project first
    /// (“城乡居民医疗保险补助项目项目支出绩效自评表（2022年度）”): no sentence punctuation, ending with 表 before a bracketed year.
    /// </summary>
    public static bool IsTitle(string key)
    {
        if (!(EvaluationMarkers.ProjectTables.Any(w => key.Contains(w, StringComparison.Ordinal)) || IsDepartmentTitle(key)) || !key.Contains('表')) return false;
        if (key.Length <= 24) return true;
        var open = key.LastIndexOf('(');
        var bare = open > 0 && EvaluationText.BracketedYear(key[open..]) is not null ? key[..open] : key;
        return bare.Length <= 60 && bare.EndsWith('表') && bare.IndexOfAny(Punctuation.ClausePunctuation) < 0;
    }

    /// <summary>“部门整体支出绩效自评表”, “（单位）整体支出绩效自评表”.</summary>
    private static bool IsDepartmentTitle(string key) => EvaluationMarkers.DepartmentTables.Any(w => key.Contains(w, StringComparison.Ordinal));

    public IEnumerable<ProjectEvaluation> Parse()
    {
        var titles = Enumerable.Range(0, stream.Cells.Count).Where(i => IsTitle(stream.Cells[i].Key)).ToList();
        for (var t = 0; t < titles.Count; t++)
        {
            var end = t + 1 < titles.Count ? titles[t + 1] : stream.Cells.Count;
            foreach (var (start, formEnd) in Forms(titles[t], end))
            {
                if (ParseTable(titles[t], start, formEnd) is ProjectEvaluation p) yield return p;
            }
        }
    }

    /// <summary>
    /// The forms under one title: a new one starts where the name label is printed again with another name (forms printed one
    /// after another under one title); printed again with the same name it is the form's head repeated after a page break.
    /// </summary>
    private IEnumerable<(int Start, int End)> Forms(int start, int end)
    {
        var label = Find(start, end, c => Words.NameLabels.Contains(c.Key));
        var name = label is null ? null : ValueAfter(label)?.Key;
        if (label is null || name is null)
        {
            yield return (start, end);
            yield break;
        }
        for (var i = stream.OrderOf(label) + 1; i < end; i++)
        {
            var c = stream.Cells[i];
            if (c.Key != label.Key || ValueAfter(c)?.Key is not string other || other == name) continue;
            yield return (start, i);
            (start, name) = (i, other);
        }
        yield return (start, end);
    }

    private ProjectEvaluation? ParseTable(int titleAt, int start, int end)
    {
        var title = stream.Cells[titleAt];
        var departmentWide = IsDepartmentTitle(title.Key);
        // The task list form (seed 002) is the department task parser's; a form that also scores its funds row and indicators
        // (年度主要任务 above 年度资金总额 | … | 分值 | 执行率 | 得分) is this scheme as well.
        if (departmentWide && Find(start, end, c => c.Key == EvaluationMarkers.DepartmentTasks) is not null && FundsRowLabel(start, end) is null) return null;
        var nameLabel = Find(start, end, c => Words.NameLabels.Contains(c.Key));
        if (nameLabel is null || ValueAfter(nameLabel) is not Cell name) return null;
        var layout = title.Text + (stream.LinePerCell ? "（每格一行）" : "（表格）");
        var project = new ProjectEvaluation(name.Text, EvaluationForm.FundsAndIndicators, layout, start == titleAt ? title.Location : nameLabel.Location) { DepartmentWide = departmentWide };
        var yearCell = Enumerable.Range(titleAt, Math.Min(4, end - titleAt)).Select(i => stream.Cells[i]).FirstOrDefault(c => EvaluationText.BracketedYear(c.Text) is not null);
        if (yearCell is not null)
        {
            project.Year = EvaluationText.BracketedYear(yearCell.Text);
            project.YearLocation = yearCell.Location;
        }
        else if (EvaluationText.TitleYear(title.Text) is int titled)
        {
            project.Year = titled;
            project.YearLocation = title.Location;
        }
        project.Supervisor = Find(start, end, c => Words.SupervisorLabels.Contains(c.Key)) is Cell s ? ValueAfter(s)?.Text : null;
        project.Implementer = Find(start, end, c => Words.ImplementerLabels.Contains(c.Key)) is Cell u ? ValueAfter(u)?.Text : null;
        project.Funds = ReadFunds(start, end);
        ReadGoals(project, start, end);
        if (Find(start, end, c => c.Key == IndicatorTableWords.Default.IndicatorHeader) is Cell header)
        {
            var section = IndicatorSectionParser.Parse(stream, header, end, RepeatedHead(header, name.Key, end));
            project.Groups.AddRange(section.Groups);
            project.Indicators.AddRange(section.Indicators);
            project.TotalWeight = section.TotalWeight;
            project.ReportedScore = section.TotalScore;
            project.ReportedScoreLocation = section.TotalLocation;
            (project.Grade, project.GradeLocation) = (section.Grade, section.GradeLocation);
        }
        return project;
    }

    /// <summary>
    /// The cells of the form's head printed again among its indicators after a page break: from the name label with the form's
    /// name, the rows whose first cell labels the head (主管部门, 项目资金, 年度资金总额, 其中：当年财政拨款…) and, after the goals'
    /// head, the goals' rows up to the indicator header (itself read as a header printed again). One cell a line, only a head
    /// printed again down to the indicator header is known.
    /// </summary>
    private HashSet<Cell> RepeatedHead(Cell header, string name, int end)
    {
        var repeated = new HashSet<Cell>(ReferenceEqualityComparer.Instance);
        for (var i = stream.OrderOf(header) + 1; i < end; i++)
        {
            var label = stream.Cells[i];
            if (!Words.NameLabels.Contains(label.Key) || ValueAfter(label)?.Key != name) continue;
            var head = stream.LinePerCell ? HeadLinesFrom(i, end) : HeadRowsFrom(i, end);
            repeated.UnionWith(head);
            i += Math.Max(0, head.Count - 1);
        }
        return repeated;
    }

    private List<Cell> HeadRowsFrom(int from, int end)
    {
        var head = new List<Cell>();
        var inGoals = false;
        for (var i = from; i < end;)
        {
            var first = stream.Cells[i];
            if (StartsWithAny(first.Key, Words.GoalEnds) || !(inGoals || Words.IsHeadLabel(first.Key))) break;
            inGoals = inGoals || StartsWithAny(first.Key, Words.GoalHeads);
            var row = stream.RowOf(first).Where(c => stream.OrderOf(c) >= i).ToList();
            head.AddRange(row);
            i += row.Count;
        }
        return head;
    }

    private List<Cell> HeadLinesFrom(int from, int end)
    {
        for (var i = from + 1; i < end; i++)
        {
            var c = stream.Cells[i];
            if (StartsWithAny(c.Key, Words.GoalEnds)) return Cells(from, i);
            if (IndicatorHeadings.Level1(c.Key) is not null || IndicatorHeadings.IsLevel2(c.Key) || (Words.IsTotalLabel(c.Key) && !Words.IsHeadLabel(c.Key))) break;
        }
        return LabelledLines(from, end);
    }

    /// <summary>
    /// A head printed again only in part, as a page repeats the form's first rows (项目名称, 主管部门 and 实施单位, at times the
    /// funds rows): from <paramref name="from"/>, head labels, the one value after a name label and the numbers or dashes after
    /// any; the indicators go on after them.
    /// </summary>
    private List<Cell> LabelledLines(int from, int end)
    {
        var i = from;
        while (i < end && Words.IsHeadLabel(stream.Cells[i].Key))
        {
            var key = stream.Cells[i].Key;
            var named = Words.IsNameLabel(key);
            i++;
            if (named && i < end && !Words.IsHeadLabel(stream.Cells[i].Key)) i++;
            while (i < end && (EvaluationText.Number(stream.Cells[i].Text) is not null || NumberText.IsBlank(stream.Cells[i].Text))) i++;
        }
        return Cells(from, i);
    }

    private List<Cell> Cells(int from, int end) => Enumerable.Range(from, end - from).Select(k => stream.Cells[k]).ToList();

    private Cell? Find(int start, int end, Func<Cell, bool> predicate)
    {
        for (var i = start; i < end; i++)
        {
            if (predicate(stream.Cells[i])) return stream.Cells[i];
        }
        return null;
    }

    /// <summary>
    /// The value printed right after a label: the next cell of the row (or the next line); for a label a spreadsheet
    /// reader gave as a paragraph of its own, the next cell printed on the same sheet row.
    /// </summary>
    private Cell? ValueAfter(Cell label)
    {
        var i = stream.OrderOf(label) + 1;
        if (i >= stream.Cells.Count) return null;
        var next = stream.Cells[i];
        if (!stream.SameRow(label, next)) return stream.LinePerCell ? null : OnSameSourceLine(label, i);
        if (Words.IsLabel(next.Key)) return null;
        return stream.LinePerCell && next.Index - label.Index > 2 ? null : next;
    }

    private Cell? OnSameSourceLine(Cell label, int from)
    {
        if (label.Location.Line is not int line || stream.RowOf(label).Count() > 1) return null;
        for (var i = from; i < Math.Min(stream.Cells.Count, from + 12); i++)
        {
            var c = stream.Cells[i];
            if (c.Location.Line == line && c.Location.Page == label.Location.Page) return Words.IsLabel(c.Key) ? null : c;
        }
        return null;
    }

    private FundsRow ReadFunds(int start, int end)
    {
        var total = FundsRowLabel(start, end);
        if (total is not null)
        {
            var labels = FundsLabels(Enumerable.Range(start, stream.OrderOf(total) - start).Select(i => stream.Cells[i]).ToList());
            Cell? At(string column) => labels.IndexOf(column) is var k and >= 0 ? stream.At(total, k + 1) : null;
            PrintedNumber? Value(string column) => EvaluationText.Number(At(column)?.Text);
            var (planned, spent) = (Value("全年预算数"), Value("全年执行数"));
            return new FundsRow
            {
                InitialBudget = Value("年初预算数"),
                Budget = planned,
                Executed = spent,
                Weight = Value("分值"),
                PrintedRate = FractionRates.Read(At("执行率")?.Text, planned, spent),
                Score = Value("得分"),
                Location = total.Location,
                Label = Words.FundsRowLabel(total.Key),
                WeightLocation = At("分值")?.Location,
                RateLocation = At("执行率")?.Location,
                ScoreLocation = At("得分")?.Location,
            };
        }
        var budget = Find(start, end, c => StartsWithAny(c.Key, Words.BudgetLabels));
        var executed = Find(start, end, c => StartsWithAny(c.Key, Words.ExecutedLabels));
        return new FundsRow { Budget = LabelledNumber(budget), Executed = LabelledNumber(executed), Location = budget?.Location };
    }

    /// <summary>
    /// The label of the form's funds row: a funds total's (“年度资金总额”), else one named after the rate (“预算执行率”) — a word
    /// of the 执行率 header too, so only before the goals and the indicator header, on a row of its own below a funds header
    /// and with a number right after it.
    /// </summary>
    private Cell? FundsRowLabel(int start, int end)
    {
        if (Find(start, end, c => Words.IsFundsTotal(c.Key)) is Cell total) return total;
        for (var i = start; i < end; i++)
        {
            var c = stream.Cells[i];
            if (StartsWithAny(c.Key, Words.GoalHeads.Concat(Words.GoalEnds)) || c.Key == IndicatorTableWords.Default.IndicatorHeader) return null;
            if (Words.IsFundsRateRow(c.Key) && EvaluationText.Number(stream.At(c, 1)?.Text) is not null
                && Cells(start, i).Any(h => Words.FundsColumn(h.Key) is not null && (stream.LinePerCell || h.Row != c.Row))) return c;
        }
        return null;
    }

    /// <summary>
    /// The funds row's column names, from the header cells before it: all of them, or — when a column is named twice, as when a
    /// department's task list (预算数 | 执行数 | 执行率) stands above the funds header — the last run of them, blank cells between.
    /// </summary>
    private static List<string> FundsLabels(List<Cell> before)
    {
        var columns = before.Select(c => Words.FundsColumn(c.Key)).ToList();
        var named = columns.OfType<string>().ToList();
        if (named.Count == named.Distinct().Count()) return named;
        var first = before.Count;
        while (first > 0 && (columns[first - 1] is not null || before[first - 1].Key.Length == 0)) first--;
        return columns.Skip(first).OfType<string>().ToList();
    }

    /// <summary>"执行数: 3.65" or "预算数:" followed by a cell with the number in the same row.</summary>
    private PrintedNumber? LabelledNumber(Cell? label)
    {
        if (label is null) return null;
        var colon = label.Key.IndexOf(':');
        if (colon >= 0 && EvaluationText.Number(label.Key[(colon + 1)..]) is PrintedNumber inline) return inline;
        return stream.Following(label, 4).Where(c => stream.SameRow(label, c)).Select(c => EvaluationText.Number(c.Text)).FirstOrDefault(n => n is not null);
    }

    private void ReadGoals(ProjectEvaluation project, int start, int end)
    {
        var head = Find(start, end, c => StartsWithAny(c.Key, Words.GoalHeads));
        if (head is null) return;
        project.GoalLocation = head.Location;
        Cell? expectedCell = null;
        for (var i = stream.OrderOf(head) + 1; i < end; i++)
        {
            var c = stream.Cells[i];
            if (StartsWithAny(c.Key, Words.GoalEnds)) break;
            var expected = AfterLabel(c.Key, c.Text, Words.GoalLabels);
            var actual = AfterLabel(c.Key, c.Text, Words.GoalActualLabels);
            if (expected is not null)
            {
                if (expected.Length > 0) (project.GoalExpected, expectedCell) = (expected, c);
            }
            else if (actual is not null)
            {
                if (actual.Length > 0) project.GoalActual = actual;
            }
            else if (project.GoalExpected is null)
            {
                (project.GoalExpected, expectedCell) = (c.Text, c);
            }
            else if (project.GoalActual is null)
            {
                project.GoalActual = c.Text;
            }
        }
        if (project.GoalExpected is not null && expectedCell is not null) AddBudgetMentions(project, project.GoalExpected, expectedCell.Location);
    }

    private static bool StartsWithAny(string key, IEnumerable<string> labels) => labels.Any(l => key.StartsWith(l, StringComparison.Ordinal));

    /// <summary>The text after the first of <paramref name="labels"/> the cell starts with ("预期目标：保障…" → "保障…"); null when it starts with none.</summary>
    private static string? AfterLabel(string key, string text, IEnumerable<string> labels)
    {
        if (labels.FirstOrDefault(l => key.StartsWith(l, StringComparison.Ordinal)) is not string label) return null;
        var at = text.IndexOf(label[^1]);
        var rest = at < 0 ? string.Empty : text[(at + 1)..];
        return rest.TrimStart(':', '：', ' ').Trim();
    }

    public static void AddBudgetMentions(ProjectEvaluation project, string goal, SourceLocation location)
    {
        foreach (Match m in GoalBudget.Matches(EvaluationText.FoldDigits(goal)))
        {
            if (NumberText.Parse(m.Groups[2].Value) is PrintedNumber n) project.GoalBudgetMentions.Add(new StatedAmount(m.Groups[1].Value, n, location));
        }
    }
}
