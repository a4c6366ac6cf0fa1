using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FiscalAudit.Reports.Docx;

/// <summary>
/// Building blocks of a printable Chinese document: runs named in 宋体 (黑体 for headings) on every
/// script so that Word, WPS and LibreOffice all choose a Chinese font, paragraphs, and bordered tables
/// with fixed column widths (twentieths of a point).
/// </summary>
internal static class Word
{
    public const string Song = "宋体";
    public const string Hei = "黑体";

    /// <summary>Font sizes in half-points: 小二 18pt, 四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt.</summary>
    public const int TitleSize = 36;
    public const int HeadingSize = 28;
    public const int BodySize = 24;
    public const int SmallSize = 21;
    public const int TableSize = 18;

    public static Run Run(string text, int size = BodySize, bool bold = false, string font = Song, bool underline = false)
    {
        var properties = new RunProperties
        {
            RunFonts = new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia },
            FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) },
            Languages = new Languages { EastAsia = "zh-CN" },
        };
        if (bold) properties.Bold = new Bold();
        if (underline) properties.Underline = new Underline { Val = UnderlineValues.Single };
        var run = new Run(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    public static Paragraph Paragraph(string text, int size = BodySize, bool bold = false, string font = Song, JustificationValues? align = null, int before = 0, int after = 120, bool keepNext = false) =>
        Paragraph(new[] { Run(text, size, bold, font) }, align, before, after, keepNext);

    public static Paragraph Paragraph(IEnumerable<OpenXmlElement> content, JustificationValues? align = null, int before = 0, int after = 120, bool keepNext = false)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) },
        };
        if (keepNext) properties.KeepNext = new KeepNext();
        if (align is { } a) properties.Justification = new Justification { Val = a };
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Heading(string text) => Paragraph(text, HeadingSize, bold: false, font: Hei, before: 240, after: 120, keepNext: true);

    /// <summary>A table with single borders (or none), fixed column widths and rows as given.</summary>
    public static Table Table(int[] widths, IEnumerable<TableRow> rows, bool borders = true)
    {
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
        };
        if (borders)
        {
            properties.TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        }
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    /// <summary>A row kept on one page; a header row is repeated on every page.</summary>
    public static TableRow Row(IEnumerable<TableCell> cells, bool header = false)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    /// <summary>A cell <paramref name="width"/> wide (spanning <paramref name="span"/> grid columns), shaded when a label.</summary>
    public static TableCell Cell(string text, int width, int size = SmallSize, bool label = false, JustificationValues? align = null, int span = 1)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (span > 1) properties.GridSpan = new GridSpan { Val = span };
        if (label) properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7ECF5" };
        return new TableCell(properties, Paragraph(text, size, bold: label, align: align ?? (label ? JustificationValues.Center : null), after: 0));
    }
}
