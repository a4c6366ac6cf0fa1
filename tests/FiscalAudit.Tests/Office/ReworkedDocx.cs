using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace FiscalAudit.Tests.Office;

/// <summary>A Word document as reviewers and typists leave it: its revisions tracked, its tables framed in other tables.</summary>
internal static class ReworkedDocx
{
    /// <summary>
    /// <paramref name="docx"/> with revisions tracked and not accepted: every paragraph's runs inserted (w:ins) after a deleted draft
    /// word (w:del); before every paragraph of the body a deleted draft of it, its figures other (its runs and its mark in w:del);
    /// before every table row a copy of it deleted by the row's mark alone (w:trPr/w:del, its text left as it was, as the mark says
    /// the whole row is gone), and after its last cell a cell deleted by its mark alone (w:tcPr/w:cellDel).
    /// </summary>
    public static byte[] Tracked(byte[] docx) => Changed(docx, body =>
    {
        var id = 0;
        string Id() => (++id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            var runs = paragraph.Elements<Run>().ToList();
            if (runs.Count == 0) continue;
            var inserted = runs[0].InsertBeforeSelf(new InsertedRun { Author = "审核", Id = Id() });
            foreach (var run in runs)
            {
                run.Remove();
                inserted.Append(run);
            }
            inserted.InsertBeforeSelf(new DeletedRun(new Run(new DeletedText("初稿"))) { Author = "审核", Id = Id() });
        }
        foreach (var paragraph in body.Elements<Paragraph>().ToList())
        {
            var draft = Deleted((Paragraph)paragraph.CloneNode(true), Id);
            foreach (var text in draft.Descendants<DeletedText>()) text.Text = text.Text.Replace('1', '7').Replace('5', '3');
            (draft.ParagraphProperties ?? draft.PrependChild(new ParagraphProperties())).Append(new ParagraphMarkRunProperties(new Deleted { Author = "审核", Id = Id() }));
            paragraph.InsertBeforeSelf(draft);
        }
        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            var deleted = (TableRow)row.CloneNode(true);
            (deleted.TableRowProperties ?? deleted.PrependChild(new TableRowProperties())).Append(new Deleted { Author = "审核", Id = Id() });
            (row.TableRowProperties ?? row.PrependChild(new TableRowProperties())).Append(new Inserted { Author = "审核", Id = Id() });
            row.InsertBeforeSelf(deleted);
            row.Append(new TableCell(new TableCellProperties(new CellDeletion { Author = "审核", Id = Id() }), new Paragraph(new Run(new Text("9.99")))));
        }
    });

    /// <summary><paramref name="element"/> with its runs deleted (w:del), their text in w:delText.</summary>
    private static T Deleted<T>(T element, Func<string> id)
        where T : OpenXmlElement
    {
        foreach (var text in element.Descendants<Text>().ToList()) text.Parent!.ReplaceChild(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve }, text);
        foreach (var run in element.Descendants<Run>().ToList())
        {
            var removed = run.InsertBeforeSelf(new DeletedRun { Author = "审核", Id = id() });
            run.Remove();
            removed.Append(run);
        }
        return element;
    }

    /// <summary><paramref name="docx"/> with each table of its body framed <paramref name="depth"/> times: in the one cell of a table.</summary>
    public static byte[] Framed(byte[] docx, int depth) => Changed(docx, body =>
    {
        foreach (var table in body.Elements<Table>().ToList())
        {
            OpenXmlElement framed = table.CloneNode(true);
            for (var n = 0; n < depth; n++)
                framed = new Table(new TableProperties(new TableBorders()), new TableGrid(new GridColumn { Width = "14000" }), new TableRow(new TableCell(framed, new Paragraph())));
            table.InsertBeforeSelf(framed);
            table.Remove();
        }
    });

    /// <summary>
    /// <paramref name="docx"/> with each table of its body in a text box (w:pict/v:shape/v:textbox, as WPS and older Word write one)
    /// anchored in a paragraph of its own where the table stood.
    /// </summary>
    public static byte[] Boxed(byte[] docx) => Changed(docx, body =>
    {
        foreach (var table in body.Elements<Table>().ToList())
        {
            var box = new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(table.CloneNode(true), new Paragraph())))
            {
                Style = "position:absolute;width:480pt;height:600pt;z-index:1",
            };
            table.InsertBeforeSelf(new Paragraph(new Run(new Picture(box))));
            table.Remove();
        }
    });

    /// <summary>
    /// <paramref name="docx"/> with each table of its body and the paragraph before it (its unit line) in a text box as Word 2010 and
    /// later write one: twice, as a drawing (mc:Choice, wps:wsp/wps:txbx) and as its VML fallback (mc:Fallback, w:pict/v:shape/v:textbox),
    /// anchored in a paragraph of its own where the table stood.
    /// </summary>
    public static byte[] BoxedTwice(byte[] docx) => Changed(docx, body =>
    {
        body.Parent!.AddNamespaceDeclaration("wps", WordprocessingShapeUri);
        body.Parent.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        body.Parent.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
        uint id = 0;
        foreach (var table in body.Elements<Table>().ToList())
        {
            var boxed = new List<OpenXmlElement>();
            if (table.PreviousSibling() is Paragraph before) boxed.Add(before);
            boxed.Add(table);
            table.InsertBeforeSelf(new Paragraph(new Run(TwiceWritten(boxed, ++id))));
            foreach (var element in boxed) element.Remove();
        }
    });

    /// <summary>A text box holding <paramref name="content"/> as Word writes it: the drawing, then the same box again in VML.</summary>
    private static AlternateContent TwiceWritten(IReadOnlyList<OpenXmlElement> content, uint id)
    {
        TextBoxContent Box() => new(content.Select(e => e.CloneNode(true)).Append(new Paragraph()));
        var shape = new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties { TextBox = true },
            new Wps.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 6096000, Cy = 7620000 }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle }),
            new Wps.TextBoxInfo2(Box()),
            new Wps.TextBodyProperties());
        var drawing = new Drawing(new DW.Anchor(
            new DW.SimplePosition { X = 0, Y = 0 }, new DW.HorizontalPosition(new DW.PositionOffset("0")) { RelativeFrom = DW.HorizontalRelativePositionValues.Column },
            new DW.VerticalPosition(new DW.PositionOffset("0")) { RelativeFrom = DW.VerticalRelativePositionValues.Paragraph },
            new DW.Extent { Cx = 6096000, Cy = 7620000 }, new DW.WrapTopBottom(), new DW.DocProperties { Id = id, Name = $"文本框 {id}" },
            new A.Graphic(new A.GraphicData(shape) { Uri = WordprocessingShapeUri }))
        { SimplePos = false, RelativeHeight = id, BehindDoc = false, Locked = false, LayoutInCell = true, AllowOverlap = true });
        var fallback = new Picture(new V.Shape(new V.TextBox(Box())) { Id = $"文本框 {id}", Style = "position:absolute;width:480pt;height:600pt;z-index:1" });
        return new AlternateContent(new AlternateContentChoice(drawing) { Requires = "wps" }, new AlternateContentFallback(fallback));
    }

    private const string WordprocessingShapeUri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    /// <summary>
    /// <paramref name="docx"/> with each table of more than <paramref name="rows"/> rows cut after its <paramref name="rows"/>th by a
    /// section break (a paragraph holding the section's w:sectPr, the next section landscape), its rest a table of its own without
    /// the header, as a table laid over a portrait and a landscape page is left.
    /// </summary>
    public static byte[] Sectioned(byte[] docx, int rows) => Changed(docx, body =>
    {
        foreach (var table in body.Elements<Table>().ToList())
        {
            var all = table.Elements<TableRow>().ToList();
            if (all.Count <= rows + 1) continue;
            var rest = new Table(table.GetFirstChild<TableProperties>()?.CloneNode(true) ?? new TableProperties(), table.GetFirstChild<TableGrid>()?.CloneNode(true) ?? new TableGrid());
            foreach (var row in all.Skip(rows))
            {
                row.Remove();
                rest.Append(row);
            }
            var section = new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }) { RsidR = "00A1B2C3" };
            table.InsertAfterSelf(new Paragraph(new ParagraphProperties(section)));
            table.NextSibling()!.InsertAfterSelf(rest);
        }
    });

    private static byte[] Changed(byte[] docx, Action<Body> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            change(document.MainDocumentPart!.Document!.Body!);
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }
}
