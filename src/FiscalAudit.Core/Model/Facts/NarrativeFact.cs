using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// One checkable statement of the 情况说明 (or of an attached report). <see cref="Amount"/> is the amount
/// stated (the part of a share, the Δ of a change, the 决算 of a completion, the value of an average or
/// the number of a count); <see cref="Percent"/> the printed percentage; <see cref="Budget"/> the 预算 of
/// a completion. Related facts (the whole of a share, the current value of a change, the total and count
/// of an average) are resolved by extraction so that rules only compute.
/// </summary>
public sealed class NarrativeFact
{
    public NarrativeFact(FactKind kind, string quantity, string sentence, SourceLocation location)
    {
        Kind = kind;
        Quantity = quantity;
        Key = QuantityKeys.Normalize(quantity);
        Sentence = sentence;
        Location = location;
    }

    public FactKind Kind { get; }

    /// <summary>The quantity as printed before the number (“财政拨款收入”, “公务用车购置及运行维护费支出”).</summary>
    public string Quantity { get; }

    /// <summary>The quantity normalised for matching (no years, 本部门, spaces, quotes).</summary>
    public string Key { get; }

    public PrintedNumber? Amount { get; init; }

    public string? Unit { get; init; }

    public PrintedNumber? Percent { get; init; }

    public PrintedNumber? Budget { get; init; }

    /// <summary>The words naming the kind of <see cref="Budget"/> as printed (“年初预算”, “调整后预算”, “全年预算”), null when unnamed.</summary>
    public string? BudgetName { get; init; }

    /// <summary>
    /// For a completion whose budget the text gives only in words that say there was none (“年初未安排预算”, “预算数为零”): those
    /// words as printed; null when a figure is printed.
    /// </summary>
    public string? BudgetWords { get; init; }

    /// <summary>
    /// For a budget worked out from printed figures (an <see cref="FactKind.Adjustment"/>; a completion whose budget is only given by
    /// how much the 决算 exceeds or falls short of it, “决算数比预算数减少4.00万元” → “15.00＋4.00”), how: “年初预算100＋年中追加20”;
    /// null otherwise.
    /// </summary>
    public string? Derivation { get; init; }

    /// <summary>+1 增加/增长/大于, −1 减少/下降/小于, 0 持平/等于 (changes and comparisons).</summary>
    public int Direction { get; init; }

    /// <summary>For a comparison: “基本持平”, “略大于” — a loose statement with no stated tolerance.</summary>
    public bool Approximate { get; init; }

    /// <summary>
    /// The base named by a share (“占总收入的” → “总收入”), empty when unnamed; for a <see cref="FactKind.Previous"/>
    /// or a <see cref="FactKind.Change"/> statement the kind of last year's figure named: “预算”, “决算”, “执行” or
    /// empty (“上年为”, “与上年相比”).
    /// </summary>
    public string? Base { get; init; }

    /// <summary>
    /// For a change: what it is measured against (last year unless its words name this year's budget, “较年初预算增加”); a change
    /// against a budget carries that budget in <see cref="Budget"/> when the text states it, and its printed name in
    /// <see cref="BudgetName"/> (“年初预算”, “预算数”). For a completion: the kind of budget its rate is of, as its words or its
    /// budget's name it (“完成年初预算的”, “（年初预算为0万元）” → <see cref="ChangeBase.InitialBudget"/>; unnamed → <see cref="ChangeBase.Budget"/>).
    /// </summary>
    public ChangeBase Against { get; init; }

    /// <summary>The sentence the fact was read from.</summary>
    public string Sentence { get; }

    /// <summary>The line of the number (the first number of the fact).</summary>
    public SourceLocation Location { get; }

    /// <summary>The nearest heading or title line above (“（三）关于2020年度支出决算情况说明”).</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>Index of the paragraph in the document's narrative, for grouping.</summary>
    public int Paragraph { get; set; }

    /// <summary>The whole this fact is a part of (breakdown “其中：”, or the base of a share).</summary>
    public NarrativeFact? Whole { get; set; }

    /// <summary>
    /// How <see cref="Whole"/> was found: "breakdown" (same sentence), "subject" (the sentence's opening amount), "name" (by the
    /// base's name), "lead" (the whole the sentence opens by naming, “…支出决算中，…占a%”, stated before), "bracket" (the whole of
    /// the list an item belongs to, for a part listed in a bracket after that item: <see cref="InBracket"/>).
    /// </summary>
    public string? WholeBy { get; set; }

    /// <summary>
    /// True for a part listed in a bracket after its whole, itself an item of a list (“财政拨款收入52,800.00万元，占95.65%
    /// （一般公共预算财政拨款收入50,300.00万元，占91.12%；…）”): a share it states without a base is of the list's whole, as its
    /// whole's is.
    /// </summary>
    public bool InBracket { get; set; }

    /// <summary>Parts listed under this fact (whole → parts).</summary>
    public List<NarrativeFact> Parts { get; } = new();

    /// <summary>True when the parts were introduced by “主要包括/主要用于” or closed by “等” (not necessarily exhaustive).</summary>
    public bool PartsAreExamples { get; set; }

    /// <summary>True when the parts were introduced by “分别为/包括” (“其他收入30.57万元分别为：…”): every part is listed.</summary>
    public bool PartsAreComplete { get; set; }

    /// <summary>
    /// For a change: the changes its reasons state, when they are stated as all of it, each signed (“增加5.36万元。原因是：一是劳务费增加4.20万元；
    /// 二是办公设备购置费增加1.16万元”): their signed sum is the change.
    /// </summary>
    public List<NarrativeFact> Reasons { get; } = new();

    /// <summary>For a share: other amounts earlier in the sentence the percentage could refer to.</summary>
    public List<NarrativeFact> Alternatives { get; } = new();

    /// <summary>For a change or a previous-year statement: the current-year amount; for an average: the total.</summary>
    public NarrativeFact? Subject { get; set; }

    /// <summary>True when <see cref="Subject"/> was matched by name (not just the nearest amount).</summary>
    public bool SubjectByName { get; set; }

    /// <summary>
    /// For a change opened by a word saying it holds for each amount before it (“收入总计204.29万元，支出总计204.29万元，均较上年决算数减少…”):
    /// the names of those amounts, every one stated with its <see cref="Subject"/>'s amount (“收入总计、支出总计”); else null.
    /// </summary>
    public string? EachOf { get; init; }

    /// <summary>For a count stated in a clause that names what it counts: that set (<see cref="Facts.CountedSet"/>); else null.</summary>
    public CountedSet? CountedSet { get; init; }

    /// <summary>For a count: the count cell of a table it restates (表七's 决算数·公务用车保有量, printed as a column or a turned row); else null.</summary>
    public LinkedCell? CountCell { get; set; }

    /// <summary>
    /// For a count of people (“24人次” of 国内公务接待): the count of the groups they came in (“0批次”) stated right before it in its
    /// sentence; else null.
    /// </summary>
    public NarrativeFact? CountGroups { get; set; }

    /// <summary>For an average: the count it divides by.</summary>
    public NarrativeFact? Count { get; set; }

    /// <summary>For a comparison: the other side.</summary>
    public NarrativeFact? Other { get; set; }

    /// <summary>The table cell this fact restates, when the document has tables.</summary>
    public LinkedCell? Cell { get; set; }

    /// <summary>
    /// For a share stating neither amount (“基本支出占本年支出合计的比重为100%”): the cells of the tables that may print its part, the part
    /// as listed under each cell of <see cref="WholeCells"/>; empty otherwise.
    /// </summary>
    public List<LinkedCell> PartCells { get; } = new();

    /// <summary>
    /// For a share stating neither amount: the cells of the tables that may print the whole its base names (“总支出”: the 支出总计 and
    /// the 本年支出合计); empty otherwise.
    /// </summary>
    public List<LinkedCell> WholeCells { get; } = new();

    /// <summary>Further cells the same amount restates (“收、支总计均为…” → the 支出 side of 总计 too).</summary>
    public List<LinkedCell> AlsoCells { get; } = new();

    /// <summary>
    /// For a completion, or a change against a budget that the text does not state: the table cell of the 预算数 (表七 预算数 for
    /// “三公” items).
    /// </summary>
    public LinkedCell? BudgetCell { get; set; }

    /// <summary>
    /// For a completion whose 预算数 cell (<see cref="BudgetCell"/>) is blank in a table that prints no zero (its zeros left blank,
    /// as converters and bureaus' exports write them): that cell as an unprinted 0 (<see cref="LinkedCell.Unprinted"/>); only the
    /// 0%-of-0 hint (FA3008) reads it, so it lists the same places whether a zero is printed “0.00”, “-” or left blank.
    /// </summary>
    public LinkedCell? BlankBudgetCell { get; set; }

    /// <summary>
    /// For a change whose current-year amount the text does not state (“公务接待费支出决算比上年减少1.00万元，下降20.00%” with no
    /// 决算 before it): the table cell of that amount (表七 决算数 for a “三公” item); null when <see cref="Subject"/> is known.
    /// </summary>
    public LinkedCell? SubjectCell { get; set; }

    /// <summary>
    /// For a completion: the stated budget its rate's words name (“完成年初预算的75.00%” → 年初预算); null when they name none
    /// (“预算执行率为100%” is of the 预算).
    /// </summary>
    public string? RateBudgetName { get; set; }

    /// <summary>
    /// For an amount of a 功能分类 line, “公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项）”科目257.80万元: the
    /// 科目 it names, top level first; empty when the label names none.
    /// </summary>
    public IReadOnlyList<ClassificationPart> Classification { get; set; } = Array.Empty<ClassificationPart>();

    /// <summary>
    /// For an amount of a 款 printed without its 类 (“其中：行政事业单位养老支出（款）10.65万元”): the 类 it belongs to, the one
    /// marked last before it in its sentence (“卫生健康支出（类）中，行政事业单位医疗（款）…”), else in its section heading
    /// (“2.社会保障和就业支出（类）”); null when neither names one.
    /// </summary>
    public string? ItemClass { get; set; }

    /// <summary>"收入总计/本年收入合计": the key qualified by the whole it belongs to.</summary>
    public string QualifiedKey => Whole is null || WholeBy != "breakdown" ? Key : Whole.Key + "/" + Key;

    /// <summary>
    /// For an amount listed under no whole whose share names one (“项目支出1,150.00万元，占一般公共预算支出的47.55%”): that whole's
    /// key (“一般公共预算支出”), set by extraction; null otherwise.
    /// </summary>
    public string? ShareWhole { get; set; }

    /// <summary>
    /// The key qualified by the whole the amount is listed under or, listed under none, by the whole its share names
    /// (<see cref="ShareWhole"/>: “一般公共预算支出/项目支出”, the 一般公共预算's 项目支出 rather than the whole department's).
    /// </summary>
    public string ScopedKey => ShareWhole is null ? QualifiedKey : ShareWhole + "/" + Key;
}

/// <summary>
/// One 科目 named in a statement: its level (1 类, 2 款, 3 项), its name as printed (“其他公共安全支出”) and the code printed
/// before the name (“2080505”), if any.
/// </summary>
public sealed record ClassificationPart(int Level, string Name, string? Code = null)
{
    /// <summary>The word a level is marked with: 1 → 类, 2 → 款, 3 → 项; empty for any other level.</summary>
    public static string Mark(int level) => level switch { 1 => "类", 2 => "款", 3 => "项", _ => string.Empty };
}
