using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// PDFs whose tables have no ruling lines (issue 12, class 10): seed 002 written as HTML with borderless
/// tables and printed to PDF by LibreOffice (A4 landscape) — its nine tables are found from the alignment
/// of the words, and their values come back cell for cell as the text gives them.
/// </summary>
public class BorderlessTablesTests
{
    /// <summary>
    /// Every table comes back whole, under its title, from the borderless print: headers wrapped over several lines, printed
    /// close together or centred on different lines; row names wrapped above and below their figures; rows
    /// and headers continued on the next page (a name's last line alone at the top of the page, a page
    /// that leaves the left side of 表一/表四 blank); 表四's two sides.
    /// </summary>
    [LibreOfficeFact(NeedsShared = true)]
    public void Seed_002_printed_without_borders_gives_its_tables_back() =>
        AssertTablesComeBack(new Print(), "T1 T2 T3 T4 T5 T6 T7 T8 T9", LibreOffice.ConvertToPdf);

    /// <summary>
    /// The same in other prints: columns set close together (a figure flush right in its column next to the
    /// following name; header cells a few points apart, read as one text before), amounts set flush right under
    /// 栏次 numbers set left, long names wrapped beside their figures (a table then runs over more pages, its
    /// header left at the foot of one page), another font and size. All nine tables are found, and the tables
    /// listed come back cell for cell (表六, whose header is left at a page foot in the portrait print, is carried onto
    /// the columns of its rows on the next page; so is 表三's header left with only its 栏次 and 合计 rows at a page foot, whose
    /// columns, found from figures alone, have none for the names: <see cref="CarriedTotalRowTests"/>; and 表四's 收入/支出 line left
    /// alone at a page foot opens the table on the next page: <see cref="FootHeaderLineTests"/>; and in the portrait print 表四's first
    /// 收入 names, each wrapped over and under its figures at the top of a page, make a column of their own: <see cref="WrappedNameColumnTests"/>).
    /// In the monospaced print 表二's header left at a page foot reads 事业收入 and 经营收入, printed close together, as one cell; each is
    /// carried onto the body column it stands over (<see cref="CarriedTotalRowTests"/>). In the wider landscape print 表六's page whose part
    /// has a column more (the 公用经费合计 total set right of the figures) goes on with the table, the total in the last column, and a
    /// name's last character alone at the top of that page is joined to its cell (<see cref="OuterTotalColumnTests"/>). Amounts centred in their columns come back whole; so do all nine
    /// tables in a WPS-like print (a narrower CJK font at 9 pt, amounts flush right). A table's 公开NN表 printed on its title's line, right
    /// or left of the title, gives the table its number and its title (without the marker) as on lines of their own, and is no row of the table.
    /// In the portrait print names wrap in narrow columns, some before a bracket (“因公出国” + “（境）费用”: <see cref="BracketWrapTests"/>);
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("close columns", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, amounts flush right", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("portrait, names wrapped", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("landscape, names wrapped", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("monospaced 8pt, portrait", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, 部门, 年度 and 单位 on one line over each table", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, amounts centred", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("WPS-like: narrow CJK font, 9pt, amounts flush right", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, 公开NN表 right of the title on its line", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, 公开NN表 left of the title on its line", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, portrait", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("portrait, names wrapped, header repeated on each page", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    public void Seed_002_printed_without_borders_in_other_layouts_gives_its_tables_back(string layout, string tables) =>
        AssertTablesComeBack(Print.Named(layout), tables, LibreOffice.ConvertToPdf);

    /// <summary>
    /// The same pages printed by Chromium (a browser's “print to PDF”): no cell padding, so a table's rows stand a line's height
    /// apart, as close as the wrapped lines of one cell, and only how cells wrap tells rows apart. All nine tables are found and the
    /// tables listed come back cell for cell. 表七's three header lines (预算数/决算数, 合计 …, 小计 …) are rows of their own, although
    /// each column is as wide as its widest text and a header cell fills its column as a wrapped line does: read as one row, its
    /// cells would be neither at the foot of the row nor centred down it (<see cref="HeaderRowsALineApartTests"/>). In the portrait print
    /// with names wrapped, 表四's “二十二、灾害防治及应急管理支出”, wrapped over three lines, is cut by the page end after two: the
    /// line under its figures finishes the row, and the last line, alone at the top of the next page in the table's 12 pt (the body
    /// text is 9 pt), is no heading but the rest of the cell (<see cref="CutNameTests"/>). In the WPS-like print the narrow CJK font sets a
    /// figure's decimal point in a wide advance with room after it (“199.” + “52”), and a figure flush right in its column stands a little
    /// less than a cell gap from the next column's name: the figure, with no unit after it, is one word and a cell of its own
    /// (<see cref="LayoutStepTests"/>).
    /// </summary>
    [ChromiumTheory]
    [InlineData("landscape", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("close columns, amounts centred", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("portrait, names wrapped", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("portrait, names wrapped, header repeated on each page", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("WPS-like: narrow CJK font, 9pt, amounts flush right", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    public void Seed_002_printed_without_borders_by_a_browser_gives_its_tables_back(string layout, string tables) =>
        AssertTablesComeBack(Print.Named(layout), tables, ChromiumPrint.ConvertToPdf);

    /// <summary>
    /// The same text written as a Word document whose tables have no borders (columns sharing an A4 landscape page's width), saved as
    /// PDF by LibreOffice: a word processor's table sets each cell at the top of its row, so a wrapped name's first line stands beside
    /// its figures and its other lines under them (“政府办公厅” over “（室）及相关机” and “构事务”, the bracket group moved down whole),
    /// taken for the next row's if read as centred or at the foot; a row cut by the page end goes on at the top of the next page over
    /// the part's first figures; 表四's “十五、商业服务业等支出” cut by the page end after “商业服” goes on at the top of the next page on a line
    /// of its own with no figure, which is the rest of that cell, not a header repeated over the page; a numbered project paragraph loses the
    /// space after its name (“1.电费保证了…”). All nine tables come back cell for cell, and the print finds all the text finds.
    /// The same document on portrait pages: <see cref="WordPortraitPrintTests"/>. In Word's default size and in 10.5 pt (五号), whose rows
    /// stand a line's pitch apart.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(10.5)]
    public void Seed_002_written_as_a_word_document_without_borders_gives_its_tables_back(double? points)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.docx", WordDocument(text, landscape: true, points), pdf =>
        {
            var (expected, printed) = SameReading.NineTablesBack(text, pdf, "T1 T2 T3 T4 T5 T6 T7 T8 T9");
            Assert.Equal(SameReading.Findings(expected), SameReading.Findings(printed));
        });
    }

    /// <summary>
    /// The text as a Word document on A4 pages (landscape or portrait): headings, paragraphs, and tables without borders (with single
    /// ruled borders around and between all cells when <paramref name="ruled"/>), their columns sharing the page's width; all text in
    /// <paramref name="points"/> pt when given (else Word's default size); amounts set as <paramref name="amounts"/> says in their cells
    /// when given (else left, as the cells' paragraphs start).
    /// </summary>
    internal static byte[] WordDocument(string text, bool landscape = true, double? points = null, JustificationValues? amounts = null, bool ruled = false)
    {
        var (width, height) = landscape ? (16838U, 11906U) : (11906U, 16838U);
        var body = new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text)).Blocks.Select(block => block switch
        {
            HeadingBlock heading => TestDocx.P(heading.Text, "2"),
            TableBlock table => (OpenXmlElement)GridTable(table, (int)width - 2 * Margin, amounts, ruled ? RuledBorders() : new TableBorders()),
            _ => TestDocx.P(((ParagraphBlock)block).Text),
        }).ToList();
        if (points is { } size)
        {
            foreach (var run in body.SelectMany(e => e.Descendants<Run>()))
                run.PrependChild(new RunProperties(new FontSize { Val = ((int)(2 * size)).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }
        body.Add(new SectionProperties(
            new PageSize { Width = width, Height = height, Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin }));
        return TestDocx.Create([.. body]);
    }

    /// <summary>A table with <paramref name="borders"/>, <paramref name="width"/> twips wide in columns of one width, its cells as <paramref name="block"/> spans them, amounts set as <paramref name="amounts"/> says.</summary>
    private static Table GridTable(TableBlock block, int width, JustificationValues? amounts, TableBorders borders)
    {
        var columns = block.ColumnCount;
        var table = new Table(new TableProperties(borders), new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (width / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in block.Rows)
        {
            var cells = new List<TableCell>();
            for (var column = 0; column < columns; column++)
            {
                var cell = row.At(column);
                var span = cell is null ? 1 : cell.Column + cell.ColumnSpan - column;
                var docxCell = TestDocx.Cell(cell?.Text ?? string.Empty, span);
                if (amounts is { } justification && cell is not null && IsAmount(cell.Text))
                    docxCell.GetFirstChild<Paragraph>()!.PrependChild(new ParagraphProperties(new Justification { Val = justification }));
                cells.Add(docxCell);
                column += span - 1;
            }
            table.Append(new TableRow(cells));
        }
        return table;
    }

    /// <summary>Single lines around the table and between all its cells.</summary>
    private static TableBorders RuledBorders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    /// <summary>The Word document's page margin, twips.</summary>
    private const int Margin = 1000;

    private static void AssertTablesComeBack(Print print, string tables, Func<string, (int, string, string)> printer)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(Html(text, print)), printer, pdf =>
        {
            var auditor = new Auditor(new AuditProfile());
            var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
            var printed = auditor.Audit(pdf);

            Assert.Equal(expected.Disclosure!.Tables.Select(t => $"{t.Id} {t.Title}").Order(StringComparer.Ordinal), printed.Disclosure!.Tables.Select(t => $"{t.Id} {t.Title}").Order(StringComparer.Ordinal));
            foreach (var id in tables.Split(' ')) Assert.Equal(SameReading.Cells(expected, id), SameReading.Cells(printed, id));
        });
    }

    /// <summary>How the page is printed: CSS for the body, the table and its cells, the page; amounts' alignment; the widest a name may be before it wraps.</summary>
    internal sealed record Print(
        string Body = "font-family:'WenQuanYi Zen Hei';font-size:10pt",
        string Table = "border:none",
        string Cell = "padding:1px 8px;white-space:nowrap",
        string Page = "size:A4 landscape",
        string CellPadding = "6",
        string AmountAlign = "",
        string NameWidth = "",
        bool CaptionsOnOneLine = false,
        string MarkerOnTitleLine = "",
        bool HeaderRepeated = false)
    {
        public static Print Named(string name) => name switch
        {
            "landscape" => new(),
            "close columns" => Close,
            "close columns, amounts flush right" => Close with { AmountAlign = "right" },
            "close columns, amounts centred" => Close with { AmountAlign = "center" },
            "WPS-like: narrow CJK font, 9pt, amounts flush right" => Close with { Body = "font-family:'WenQuanYi Zen Hei Sharp';font-size:9pt", AmountAlign = "right" },
            "portrait, names wrapped" => new(Body: "font-family:'WenQuanYi Zen Hei';font-size:9pt", Cell: "padding:1px 6px", Page: "size:A4 portrait", CellPadding: "", NameWidth: "6em"),
            "landscape, names wrapped" => new(Body: "font-family:'WenQuanYi Zen Hei';font-size:10.5pt", Cell: "padding:1px 6px", CellPadding: "", NameWidth: "7em"),
            "every cell centred, names wrapped" => new(Body: "font-family:'WenQuanYi Zen Hei';font-size:10.5pt", Cell: "padding:1px 6px;text-align:center", CellPadding: "", NameWidth: "7em"),
            "every cell centred, names wrapped narrow" => new(Body: "font-family:'WenQuanYi Zen Hei';font-size:10.5pt", Cell: "padding:1px 6px;text-align:center", CellPadding: "", NameWidth: "5em"),
            "close columns, 部门, 年度 and 单位 on one line over each table" => Close with { CaptionsOnOneLine = true },
            "close columns, 公开NN表 right of the title on its line" => Close with { MarkerOnTitleLine = "after" },
            "close columns, 公开NN表 left of the title on its line" => Close with { MarkerOnTitleLine = "before" },
            "close columns, portrait" => Close with { Page = "size:A4 portrait" },
            "portrait, names wrapped, header repeated on each page" => Named("portrait, names wrapped") with { HeaderRepeated = true },
            "monospaced 8pt, portrait" => Close with { Body = "font-family:'WenQuanYi Zen Hei Mono';font-size:8pt", Page = "size:A4 portrait" },
            _ => throw new ArgumentException(name),
        };

        /// <summary>Cells a few points apart, collapsed borders.</summary>
        private static readonly Print Close = new(Table: "border:none;border-collapse:collapse", Cell: "padding:1px 6px;white-space:nowrap", CellPadding: "");
    }

    /// <summary>The text as the reader sees it, as an HTML page: headings, paragraphs, and tables without any border.</summary>
    internal static string Html(string text, Print print) =>
        Page(print, Body(new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text)).Blocks, print));

    /// <summary>An HTML page printed as <paramref name="print"/> says, around <paramref name="body"/>.</summary>
    internal static string Page(Print print, string body) =>
        $"<html><head><meta charset=\"utf-8\"><style>body{{{print.Body}}} table{{{print.Table}}} td{{{print.Cell}}} @page{{{print.Page}}}</style></head><body>{body}</body></html>";

    /// <summary>Blocks as HTML: headings, paragraphs, and tables as <paramref name="print"/> sets them.</summary>
    internal static string Body(IReadOnlyList<Block> blocks, Print print)
    {
        var html = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (print.MarkerOnTitleLine.Length > 0 && blocks[i] is HeadingBlock title && i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock { Text: var marker } && Regex.IsMatch(marker, @"^公开\d\d表$"))
            {
                var cells = new[] { $"<td><b>{WebUtility.HtmlEncode(title.Text)}</b></td>", $"<td align=\"right\">{marker}</td>" };
                html.Append("<table width=\"100%\"><tr>").Append(string.Concat(print.MarkerOnTitleLine == "after" ? cells : cells.Reverse())).Append("</tr></table>");
                i++;
                continue;
            }
            if (print.CaptionsOnOneLine && CaptionLine.At(blocks, i) is { } captions)
            {
                html.Append("<table width=\"100%\"><tr>").Append(string.Concat(captions.Zip(new[] { "left", "center", "right" }, (c, a) => $"<td align=\"{a}\">{WebUtility.HtmlEncode(c)}</td>"))).Append("</tr></table>");
                i += 2;
                continue;
            }
            switch (blocks[i])
            {
                case HeadingBlock heading:
                    html.Append("<h3>").Append(WebUtility.HtmlEncode(heading.Text)).Append("</h3>");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Text)).Append("</p>");
                    break;
                case TableBlock table:
                    html.Append(print.CellPadding.Length > 0 ? $"<table cellpadding=\"{print.CellPadding}\" cellspacing=\"0\">" : "<table>");
                    var head = print.HeaderRepeated ? table.Rows.TakeWhile(r => !r.Cells.Any(c => IsAmount(c.Text))).Count() : 0;
                    if (head == table.Rows.Count) head = 0;
                    for (var r = 0; r < table.Rows.Count; r++)
                    {
                        if (r == 0 && head > 0) html.Append("<thead>");
                        html.Append("<tr>").Append(string.Concat(table.Rows[r].Cells.Select(c => Cell(c.Text, print)))).Append("</tr>");
                        if (r == head - 1) html.Append("</thead><tbody>");
                    }
                    html.Append(head > 0 ? "</tbody></table>" : "</table>");
                    break;
            }
        }
        return html.ToString();
    }

    private static string Cell(string text, Print print)
    {
        var amount = IsAmount(text);
        var align = amount && print.AmountAlign.Length > 0 ? $" align=\"{print.AmountAlign}\"" : string.Empty;
        var width = !amount && print.NameWidth.Length > 0 && text.Length >= 12 ? $" style=\"width:{print.NameWidth}\"" : string.Empty;
        return $"<td{align}{width}>{WebUtility.HtmlEncode(text)}</td>";
    }

    private static bool IsAmount(string text) =>
        text.Contains('.') && decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);
}
