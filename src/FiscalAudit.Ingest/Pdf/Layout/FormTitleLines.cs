using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The lines of a form's title between tables printed without rulings: a line that is only a form's title (“项目支出绩效自评表”,
/// “…整体支出绩效自评表”: <see cref="HeadingShape.IsFormTitle"/>, its year in brackets on the line or not) and the year in brackets
/// right under it (“(2020年度)”). A word processor's print may set them at the table's left edge and a row's pitch from the rows
/// round them, like a cell of one line; they end the table over them and are no row of the one under them.
/// </summary>
internal static class FormTitleLines
{
    /// <summary>For each of <paramref name="lines"/> (top to bottom), whether it is a line of a form's title.</summary>
    public static bool[] Of(IReadOnlyList<PdfLine> lines)
    {
        var titles = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            titles[i] = IsTitle(text)
                || (i > 0 && titles[i - 1] && ParagraphJoiner.IsBracketedYear(text) && lines[i - 1].Baseline - lines[i].Baseline <= AlignedTableFinder.WrapGap * lines[i].FontSize);
        }
        return titles;
    }

    /// <summary>A form's title, its year in brackets on the line or not.</summary>
    public static bool IsTitle(string text) => HeadingShape.IsFormTitle(text) || ParagraphJoiner.IsFormTitleWithYear(text);

    /// <summary>A line of a form's title: the title, or its year in brackets on a line of its own (“(2020年度)”).</summary>
    public static bool IsTitleLine(string text) => IsTitle(text) || ParagraphJoiner.IsBracketedYear(text);
}
