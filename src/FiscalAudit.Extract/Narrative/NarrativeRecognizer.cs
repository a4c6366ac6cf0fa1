using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Reads the facts of every statement paragraph (情况说明, 其他重要事项, performance section, attached
/// reports), resolves how they relate (whole of a share, current value of a change) and links them to
/// the table cells they restate. Also records the outline (title lines), the reporting years and the
/// organisations named in titles (a table's title printed as a plain paragraph too), “部门：” lines (their name perhaps ended on the line below) and label cells (DepartmentNames) and the sentences, in text or cells, that describe the department (SelfDescriptions) or state the bodies sharing its office (SharedOfficeStatements), the units its 机构设置 section lists in text or in a grid (OwnUnits), the 科目 an amount's label names (a 功能分类 line), and
/// the counts stated with the items they count (CountedLists), the wholes stated as amounts of several kinds with their parts (KindedBreakdowns), the totals of both sides with the parts of each (SideBreakdowns), the reasons of a change stated as all of it (ChangeReasons), the rates printed in table cells (RateColumns) and the table's count cells its counts restate (TableCounts). Runs after the tables (Order 100). In a budget,
/// running text the PDF reader took for a table is read as text (<see cref="ProseTables"/>); an indicator table flattened one cell
/// per line is read as the table it was (<see cref="FlattenedIndicatorTables"/>), its lines no running text.
/// </summary>
public sealed class NarrativeRecognizer : IRecognizer
{
    public int Order => 200;

    /// <summary>Statements are read wherever prose states them.</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; } = Enum.GetValues<DocumentKind>();

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var narrative = disclosure.Narrative;
        var section = string.Empty;
        var index = 0;
        var budget = disclosure.Kind == DocumentKind.Budget;
        ParagraphBlock? previous = null;
        OpenList? open = null;
        OutlineLevel? units = null;
        var blocks = FlattenedIndicatorTables.Blocks(document);
        var inOrder = (budget ? ProseTables.Rejoin(blocks) : blocks).ToList();
        for (var b = 0; b < inOrder.Count; b++)
        {
            switch (inOrder[b])
            {
                case HeadingBlock h:
                    previous = null;
                    section = h.Text;
                    units = Title(narrative, h.Text, (_, _, _) => h.Location, units, TextAfter(inOrder, b));
                    break;
                case ParagraphBlock p when Sections.IsTitle(p.Text):
                    previous = null;
                    section = p.Text.Trim();
                    units = Title(narrative, p.Text, p.LocationOf, units, TextAfter(inOrder, b));
                    break;
                case ParagraphBlock p:
                    // “一、收入支出决算总体情况说明：2020年度…”: the title, then its text (whose marks are the title's). A run-in
                    // “（二）结构情况：” under a “一、” section names a part of it (its shares are of the section's first amount,
                    // share-bases.json): an outline entry only; where “（一）” is the top level, it opens a section.
                    var heading = Sections.InlineHeading(p.Text);
                    if (heading is not null)
                    {
                        units = Title(narrative, heading, p.LocationOf, units);
                        if (OutlineHeadings.OpensSection(narrative.Outline))
                        {
                            previous = null;
                            section = heading.Trim();
                        }
                    }
                    narrative.Marks.AddRange(TextMarks.Find(p, heading?.Length ?? 0));
                    var labelled = DepartmentNames.InLabel(p.Text, p.Location, (b + 1 < inOrder.Count ? inOrder[b + 1] as ParagraphBlock : null)?.Text);
                    Add(narrative.Names, labelled ?? DepartmentNames.InTableTitle(p.Text, p.LocationOf));
                    narrative.Names.AddRange(SelfDescriptions.Read(p));
                    narrative.Names.AddRange(SharedOfficeStatements.Read(p.Text, p.Location));
                    // A table's “编制单位：…” line under a units section whose end the layout lost names a table's department, no unit.
                    if (units is not null && labelled is null) narrative.Names.AddRange(OwnUnits.Read(p.Text, p.LocationOf));
                    if (!Sections.IsStatement(p))
                    {
                        previous = null;
                        break;
                    }
                    if (narrative.Outline.Count > 0) narrative.Outline[^1].Statements++;
                    narrative.Years.AddRange(TextMarks.Years(p.Text, p.LocationOf, title: false));
                    var reader = new ParagraphFactReader(p, section, index++, budget, previous is null ? null : open, disclosure.Year);
                    var read = reader.Read();
                    if (!budget) CompletionItems.Name(p.Text, read);
                    ChangeReasons.Link(p.Text, read);
                    narrative.Facts.AddRange(read);
                    open = reader.LeftOpen;
                    narrative.Breakdowns.AddRange(KindedBreakdowns.Default.Read(p));
                    narrative.Breakdowns.AddRange(SideBreakdowns.Read(p, previous));
                    previous = p;
                    break;
                case TableBlock t:
                    previous = null;
                    narrative.TableRates.AddRange(RateColumns.Default.Read(t));
                    foreach (var row in t.Rows)
                    {
                        narrative.Names.AddRange(DepartmentNames.InRow(row));
                        string? label = null;
                        foreach (var cell in row.Cells)
                        {
                            if (cell.Text.Length == 0) continue;
                            narrative.Marks.AddRange(TextMarks.InCell(cell.Text, (_, _, _) => cell.Location, label));
                            label = cell.Text;
                            Add(narrative.Names, DepartmentNames.InLabel(cell.Text, cell.Location));
                            narrative.Names.AddRange(SelfDescriptions.Read(cell.Text, (_, _) => cell.Location));
                            narrative.Names.AddRange(SharedOfficeStatements.Read(cell.Text, cell.Location));
                            // A 机构设置 section printed as a grid (“单位名称 | 单位性质”) lists its units in cells.
                            if (units is not null) narrative.Names.AddRange(OwnUnits.Read(cell.Text, (_, _) => cell.Location));
                        }
                    }
                    break;
            }
        }
        ReadCountedLists(blocks, narrative);
        FactResolver.Resolve(narrative.Facts);
        foreach (var fact in narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Classification.Count == 0)) fact.Classification = ClassificationMentions.Parts(fact.Quantity);
        ItemClasses.Assign(narrative.Facts);
        foreach (var fact in narrative.Facts) CellLinker.LinkAll(fact, disclosure.Tables);
        TableCounts.Default.Link(narrative.Facts, disclosure.Tables);
    }

    /// <summary>Counts with the items they count (“设13个内设机构，分别为：…”); the items may follow in later blocks.</summary>
    private static void ReadCountedLists(IReadOnlyList<Block> blocks, Core.Model.Facts.Narrative narrative)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && !Sections.IsTitle(p.Text)) narrative.Lists.AddRange(CountedLists.Default.Read(blocks, i));
        }
    }

    /// <summary>The text of the heading or paragraph after block <paramref name="b"/>, or null.</summary>
    private static string? TextAfter(List<Block> blocks, int b) =>
        b + 1 < blocks.Count ? blocks[b + 1] switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null } : null;

    /// <summary>
    /// Reads a title line, the line after it <paramref name="next"/> (a title run on to it); returns the level of the units section
    /// (<see cref="OwnUnits"/>) the text after it lies in, given <paramref name="units"/>'s before it.
    /// </summary>
    private static OutlineLevel? Title(Core.Model.Facts.Narrative narrative, string text, Func<int, int, int, SourceLocation> locate, OutlineLevel? units, string? next = null)
    {
        var location = locate(0, text.Length, 0);
        var entry = OutlineHeadings.Read(text, location);
        narrative.Outline.Add(entry);
        narrative.Years.AddRange(TextMarks.Years(text, locate, title: true));
        narrative.Marks.AddRange(TextMarks.Find(text, locate));
        Add(narrative.Names, DepartmentNames.InTitle(text, location, next));
        var section = OwnUnits.Section(entry, units);
        if (section is not null) narrative.Names.AddRange(OwnUnits.Read(text, (_, _) => location));
        return section;
    }

    private static void Add(List<TextMark> marks, TextMark? mark)
    {
        if (mark is not null) marks.Add(mark);
    }
}
