namespace FiscalAudit.Core.Model.Facts;

/// <summary>Everything read from the running text of a document.</summary>
public sealed class Narrative
{
    /// <summary>Checkable statements in reading order.</summary>
    public List<NarrativeFact> Facts { get; } = new();

    /// <summary>Years the text names as the year it reports on (“本部门2020年度收入合计…”, titles).</summary>
    public List<TextMark> Years { get; } = new();

    /// <summary>Placeholders and unit typos as printed.</summary>
    public List<TextMark> Marks { get; } = new();

    /// <summary>Organisations named in titles, headings, “部门：” lines and as the subject of the department's description of itself.</summary>
    public List<TextMark> Names { get; } = new();

    /// <summary>Counts stated with the items they count written out (“设13个内设机构，分别为：…”).</summary>
    public List<CountedList> Lists { get; } = new();

    /// <summary>Wholes stated as amounts of several kinds with their parts (“预算90万元，执行88万元，其中：…”).</summary>
    public List<KindedBreakdown> Breakdowns { get; } = new();

    /// <summary>Rates printed in table cells (完成率、占比、增减率 columns) with the amounts they are the ratio of.</summary>
    public List<TableRate> TableRates { get; } = new();

    /// <summary>Title and heading lines in reading order, with the statements under each (the document's outline).</summary>
    public List<OutlineEntry> Outline { get; } = new();

    /// <summary>Appends what <paramref name="parts"/> state, each in turn (the files of one document set).</summary>
    public void Concat(params Narrative[] parts)
    {
        foreach (var part in parts)
        {
            Facts.AddRange(part.Facts);
            Years.AddRange(part.Years);
            Marks.AddRange(part.Marks);
            Names.AddRange(part.Names);
            Lists.AddRange(part.Lists);
            Breakdowns.AddRange(part.Breakdowns);
            TableRates.AddRange(part.TableRates);
            Outline.AddRange(part.Outline);
        }
    }
}
