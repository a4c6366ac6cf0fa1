using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model;

/// <summary>
/// Everything extracted from one document. Extract fills it; rules read it; reports print it.
/// </summary>
public sealed class Disclosure
{
    public Disclosure(SourceDocument source)
    {
        Source = source;
    }

    public SourceDocument Source { get; }

    public string File => Source.File;

    public DocumentKind Kind { get; set; }

    /// <summary>Why the document was given its kind (the titles or markers that decided it), in Chinese.</summary>
    public string? KindReason { get; set; }

    /// <summary>Where the title or marker that decided the kind stands.</summary>
    public SourceLocation? KindLocation { get; set; }

    /// <summary>For a budget, whether it is a 部门预算 or a 单位预算; null for other kinds and for a budget that names neither.</summary>
    public BudgetLevel? Level { get; set; }

    /// <summary>Why the budget was given its level (the title or label that decided it), in Chinese.</summary>
    public string? LevelReason { get; set; }

    /// <summary>Where the title or label that decided the level stands.</summary>
    public SourceLocation? LevelLocation { get; set; }

    /// <summary>The kind as reviewers name it: the level of a budget (部门预算 / 单位预算), else the kind's name.</summary>
    public string KindName => Level?.ToChinese() ?? Kind.ToChinese();

    /// <summary>The department (部门) named by the document, as printed.</summary>
    public string? Department { get; set; }

    public SourceLocation? DepartmentLocation { get; set; }

    /// <summary>
    /// The department was only guessed — the organisation the text names most often, no cover, title or label naming it —
    /// so it is shown but never held against other names.
    /// </summary>
    public bool DepartmentGuessed { get; set; }

    /// <summary>
    /// The place the document prints above the department's own where its name leaves it out and a form two places are called by
    /// needs it (“通辽市” in a document of “扎鲁特旗财政局” printing “通辽市扎鲁特旗人民政府”: “扎旗” is then its own place); null otherwise.
    /// </summary>
    public string? DepartmentParent { get; set; }

    public int? Year { get; set; }

    public SourceLocation? YearLocation { get; set; }

    /// <summary>The money unit, usually "万元".</summary>
    public string? Unit { get; set; }

    /// <summary>True when the document is a blank template (placeholders such as "XX" instead of data).</summary>
    public bool IsTemplate { get; set; }

    public List<FiscalTable> Tables { get; } = new();

    /// <summary>For a budget, the template its tables were read with; null for other kinds and when no template fits.</summary>
    public PrintedTemplate? Template { get; set; }

    /// <summary>What the 情况说明 and attached reports state: facts, year mentions, text marks.</summary>
    public Facts.Narrative Narrative { get; } = new();

    /// <summary>Project and department performance evaluations (绩效自评) found in the document.</summary>
    public Evaluation.EvaluationSet Evaluations { get; } = new();

    /// <summary>For a budget, its 项目支出绩效目标表 and what it states about them.</summary>
    public Targets.ProjectTargetSet ProjectTargets { get; } = new();

    /// <summary>What extraction could not read, in Chinese, with a place.</summary>
    public List<ReadNote> Notes { get; } = new();

    /// <summary>
    /// The same unit's document of the same kind for the year before, when one was given (document pairing in
    /// the Engine); null when checked alone. The 上年对比 rules compare this year's statements with it.
    /// </summary>
    public Disclosure? PreviousYear { get; set; }

    /// <summary>
    /// For a final-accounts document, the same department's budget for the same year, when one was given (document
    /// pairing in the Engine); null when checked alone. The 预决算对照 rules compare the restated 年初预算 with it.
    /// </summary>
    public Disclosure? SameYearBudget { get; set; }

    /// <summary>Tables whose caption stands over a picture and no table (printed as a picture, nothing to check): by id, where the picture is.</summary>
    public Dictionary<string, SourceLocation> PicturedTables { get; } = new();

    /// <summary>Tables found under their title whose header names no column the reader knows (nothing read, said in a read note): by id, where the title is.</summary>
    public Dictionary<string, SourceLocation> UnreadTables { get; } = new();

    public FiscalTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// One disclosure made of this one and <paramref name="other"/>, two files of one document set (the narrative
    /// published apart from the tables): this document's source and what it states, the other's tables when this one
    /// has none, both narratives in turn, both evaluations, targets and notes. Every location keeps its own file.
    /// </summary>
    public Disclosure WithPartsOf(Disclosure other) => Joined(other);

    /// <summary>
    /// A disclosure of its own with the same reading (the tables, statements and evaluations themselves are shared, not
    /// copied): pairing the copy with its counterparts (<see cref="PreviousYear"/>, <see cref="SameYearBudget"/>, notes of
    /// the checks) leaves this one as it is, so that one reading can be kept and checked again with other documents.
    /// </summary>
    public Disclosure Copy() => Joined(null);

    private Disclosure Joined(Disclosure? other)
    {
        var joined = new Disclosure(Source)
        {
            Kind = Kind,
            KindReason = KindReason,
            KindLocation = KindLocation,
            Level = Level ?? other?.Level,
            LevelReason = Level is null ? other?.LevelReason : LevelReason,
            LevelLocation = Level is null ? other?.LevelLocation : LevelLocation,
            Department = Department ?? other?.Department,
            DepartmentLocation = Department is null ? other?.DepartmentLocation : DepartmentLocation,
            DepartmentGuessed = Department is null ? other?.DepartmentGuessed == true : DepartmentGuessed,
            DepartmentParent = Department is null ? other?.DepartmentParent : DepartmentParent,
            Year = Year ?? other?.Year,
            YearLocation = Year is null ? other?.YearLocation : YearLocation,
            Unit = Unit ?? other?.Unit,
            IsTemplate = IsTemplate || other?.IsTemplate == true,
            Template = Template ?? other?.Template,
            PreviousYear = PreviousYear ?? other?.PreviousYear,
            SameYearBudget = SameYearBudget ?? other?.SameYearBudget,
        };
        var parts = other is null ? new[] { this } : new[] { this, other };
        var tables = Tables.Count > 0 || other is null ? this : other;
        joined.Tables.AddRange(tables.Tables);
        foreach (var (id, at) in tables.PicturedTables) joined.PicturedTables[id] = at;
        foreach (var (id, at) in tables.UnreadTables) joined.UnreadTables[id] = at;
        joined.Narrative.Concat(parts.Select(p => p.Narrative).ToArray());
        joined.Evaluations.Concat(parts.Select(p => p.Evaluations).ToArray());
        joined.ProjectTargets.Concat(parts.Select(p => p.ProjectTargets).ToArray());
        joined.Notes.AddRange(other is null ? Notes : Notes.Concat(other.Source.Notes).Concat(other.Notes));
        return joined;
    }
}
