using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FiscalAudit.Tests.Office;

/// <summary>Builds small .docx files in memory with the OpenXml SDK.</summary>
internal static class TestDocx
{
    /// <summary>A package whose styles define "heading 1…9" (ids "1"…"9" as Chinese Word writes them) and "Title".</summary>
    public static byte[] Create(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a", Default = true },
                new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "a" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "Outlined" }, new StyleParagraphProperties(new OutlineLevel { Val = 2 })) { Type = StyleValues.Paragraph, StyleId = "Outlined" },
                new Style(new StyleName { Val = "My Heading" }, new BasedOn { Val = "2" }) { Type = StyleValues.Paragraph, StyleId = "MyHeading" });
            for (var level = 1; level <= 9; level++)
            {
                styles.Styles.Append(new Style(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "a" })
                { Type = StyleValues.Paragraph, StyleId = level.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A Word document from Markdown: headings (#, ##) and paragraphs as Word paragraphs, each Markdown table drawn by
    /// <paramref name="table"/> from its rows of cell texts (the separator row left out).
    /// </summary>
    public static byte[] FromMarkdown(string markdown, Func<List<string[]>, Table> table)
    {
        var body = new List<OpenXmlElement>();
        var rows = new List<string[]>();
        void Flush()
        {
            if (rows.Count > 0) body.Add(table(rows));
            rows.Clear();
        }
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("|---", StringComparison.Ordinal)) continue;
            if (line.StartsWith('|'))
            {
                rows.Add(line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                continue;
            }
            Flush();
            if (line.StartsWith('#')) body.Add(P(line.TrimStart('#', ' '), line.StartsWith("##", StringComparison.Ordinal) ? "2" : "1"));
            else if (line.Length > 0) body.Add(P(line));
        }
        Flush();
        return Create(body.ToArray());
    }

    /// <summary>The package <paramref name="docx"/> with <paramref name="numbering"/> as its numbering part (word/numbering.xml).</summary>
    public static byte[] WithNumbering(byte[] docx, Numbering numbering)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var part = document.MainDocumentPart!.AddNewPart<NumberingDefinitionsPart>();
            part.Numbering = numbering;
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph numbered by list <paramref name="numId"/> at <paramref name="level"/> (w:numPr).</summary>
    public static Paragraph Numbered(string text, int numId, int level = 0, string? style = null)
    {
        var paragraph = P(text, style);
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        return paragraph;
    }

    public static Paragraph P(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return paragraph;
    }

    /// <summary>A paragraph made of the given run contents (texts, breaks, tabs) in order.</summary>
    public static Paragraph Runs(params OpenXmlElement[] contents) =>
        new(contents.Select(c => new Run(c is Text t ? new Text(t.Text) { Space = SpaceProcessingModeValues.Preserve } : c)));

    public static Table Table(params TableRow[] rows)
    {
        var columns = rows.Max(r => r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1000" })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(string text, int span = 1, MergedCellValues? vertical = null, bool continues = false)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (vertical is not null) properties.Append(new VerticalMerge { Val = vertical });
        if (continues) properties.Append(new VerticalMerge());
        return new TableCell(properties, P(text));
    }

    public static TableCell Cell(params OpenXmlElement[] content) => new(content);
}
