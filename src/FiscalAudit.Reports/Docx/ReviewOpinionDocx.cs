using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Text;
using FiscalAudit.Reports.Office;
using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Reports.Docx;

/// <summary>
/// The printable 审核意见书 of one document (.docx, A4): title, the document's identity, the summary
/// counts and conclusion, the problems grouped by the part of the document they are in (location, both
/// values, rule, finding id, review decision), the waived findings apart, a box for the reviewer's
/// opinion and lines for 审核人, 签字 and 日期.
/// </summary>
public static class ReviewOpinionDocx
{
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int SideMargin = 1247;
    private const int TextWidth = PageWidth - 2 * SideMargin;
    private const string DocumentTitle = "预决算公开审核意见书";

    /// <summary>What the 审核意见书 of a document is named: its name without the extension, then this.</summary>
    public const string FileSuffix = ".审核意见.docx";

    public static string FileName(string document) => Path.GetFileNameWithoutExtension(document) + FileSuffix;

    public static void Write(Stream output, DocumentReport report) =>
        OfficeOutput.Write(output, stream => Build(stream, report));

    private static void Build(Stream stream, DocumentReport report)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = DocumentTitle;
        document.PackageProperties.Creator = "FiscalAudit";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Defaults();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();

        var summary = DocumentSummary.Of(report);
        var grouped = DisclosureParts.Of(report.Disclosure).Group(report.Findings);
        var body = new Body();
        body.Append(Word.Paragraph(DocumentTitle, Word.TitleSize, bold: true, font: Word.Hei, align: JustificationValues.Center, before: 120, after: 360));
        body.Append(Identity(summary));
        body.Append(Word.Heading("一、审核结论"));
        body.Append(Counts(summary));
        body.Append(Word.Paragraph(Conclusion(summary), before: 120));
        var unseen = grouped.Where(g => !g.Part.Found).Select(g => g.Part.Title).ToList();
        if (unseen.Count > 0) body.Append(Word.Paragraph($"注：文中未识别到以下部分，请人工核对：{string.Join("、", unseen)}。", Word.SmallSize));

        body.Append(Word.Heading("二、发现的问题（按公开文件的组成部分）"));
        body.Append(ByPart(grouped, f => !f.IsWaived, "未发现问题。"));
        var waived = report.Findings.Where(f => f.IsWaived).ToList();
        if (waived.Count > 0)
        {
            body.Append(Word.Heading($"三、已忽略的问题（{waived.Count} 条，不计入审核结论）"));
            body.Append(ByPart(grouped, f => f.IsWaived, string.Empty));
        }
        body.Append(Word.Heading(waived.Count > 0 ? "四、审核意见" : "三、审核意见"));
        body.Append(OpinionBox());
        body.Append(Signatures());
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = 1440, Bottom = 1440, Left = SideMargin, Right = SideMargin, Header = 720, Footer = 720, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Table Identity(DocumentSummary s)
    {
        const int Label = 1400;
        const int Value = TextWidth / 2 - Label;
        var widths = new[] { Label, Value, Label, TextWidth - 2 * Label - Value };
        var rows = new List<TableRow>
        {
            Word.Row(new[] { Word.Cell("文件", Label, Word.BodySize, label: true), Word.Cell(s.File, TextWidth - Label, Word.BodySize, span: 3) }),
            Word.Row(new[] { Word.Cell("部门", Label, Word.BodySize, label: true), Word.Cell(s.Department, Value, Word.BodySize), Word.Cell("年度", Label, Word.BodySize, label: true), Word.Cell(s.YearText, widths[3], Word.BodySize) }),
            Word.Row(new[] { Word.Cell("类型", Label, Word.BodySize, label: true), Word.Cell(s.Kind, Value, Word.BodySize), Word.Cell("审核日期", Label, Word.BodySize, label: true), Word.Cell("　　　年　　月　　日", widths[3], Word.BodySize) }),
        };
        if (s.SetFiles.Length > 0)
            rows.Insert(1, Word.Row(new[] { Word.Cell("同套文件", Label, Word.BodySize, label: true), Word.Cell($"{s.SetFiles}（说明与表格一并审核）", TextWidth - Label, Word.BodySize, span: 3) }));
        return Word.Table(widths, rows);
    }

    private static Table Counts(DocumentSummary s)
    {
        var headers = new[] { "错误", "警告", "提示", "已忽略" };
        var values = new[] { s.Errors, s.Warnings, s.Infos, s.Waived };
        var width = TextWidth / headers.Length;
        return Word.Table(Enumerable.Repeat(width, headers.Length).ToArray(), new[]
        {
            Word.Row(headers.Select(h => Word.Cell(h, width, Word.BodySize, label: true))),
            Word.Row(values.Select(v => Word.Cell($"{v} 条", width, Word.BodySize, align: JustificationValues.Center))),
        });
    }

    private static string Conclusion(DocumentSummary s)
    {
        var found = s.Errors + s.Warnings + s.Infos;
        var counted = $"经审核，本文件共发现问题 {found} 条（错误 {s.Errors} 条、警告 {s.Warnings} 条、提示 {s.Infos} 条）{(s.Waived > 0 ? $"，另有 {s.Waived} 条经审核人确认忽略" : string.Empty)}。";
        return s.Unreadable ? $"{s.Conclusion}。本文件未能完成审核，请提供可读取的文件后重新审核。"
            : s.IsTemplate ? $"本文件是{DocumentSummary.TemplateNote}。{counted}请报送填列了数字的文件后重新审核。"
            : s.Errors > 0 ? $"{counted}请对下列错误逐项核实更正，警告和提示请核实说明。"
            : found > 0 ? $"{counted}未发现错误，警告和提示请核实说明。"
            : $"{counted}未发现问题。";
    }

    /// <summary>For each part with findings that pass <paramref name="include"/>: a numbered sub-heading and the table.</summary>
    private static IEnumerable<OpenXmlElement> ByPart(IReadOnlyList<PartFindings> grouped, Func<Finding, bool> include, string none)
    {
        var elements = new List<OpenXmlElement>();
        var part = 0;
        var number = 1;
        foreach (var g in grouped)
        {
            var findings = g.Findings.Where(include).ToList();
            if (findings.Count == 0) continue;
            elements.Add(Word.Paragraph($"（{ChineseNumeral.Of(++part)}）{g.Part.Title}（{findings.Count} 条）", bold: true, before: 120, keepNext: true));
            elements.Add(FindingTable.Of(findings, number));
            number += findings.Count;
        }
        if (elements.Count == 0 && none.Length > 0) elements.Add(Word.Paragraph(none));
        return elements;
    }

    private static Table OpinionBox()
    {
        var cell = Word.Cell("（由审核人填写）", TextWidth, Word.SmallSize);
        var row = new TableRow(new TableRowProperties(new TableRowHeight { Val = 2600, HeightType = HeightRuleValues.AtLeast }), cell);
        cell.TableCellProperties!.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top };
        return Word.Table(new[] { TextWidth }, new[] { row });
    }

    private static IEnumerable<Paragraph> Signatures()
    {
        const string Blank = "　　　　　　　　　　";
        return new[]
        {
            Word.Paragraph(new[] { Word.Run("审核人："), Word.Run(Blank, underline: true), Word.Run("　　　　签字："), Word.Run(Blank, underline: true) }, before: 480, after: 360, keepNext: true),
            Word.Paragraph("日期：　　　　年　　月　　日", after: 0),
        };
    }

    private static Footer PageNumberFooter() => new(Word.Paragraph(
        new OpenXmlElement[]
        {
            Word.Run("第 ", Word.SmallSize), Field("PAGE"), Word.Run(" 页，共 ", Word.SmallSize), Field("NUMPAGES"), Word.Run(" 页", Word.SmallSize),
        },
        JustificationValues.Center,
        after: 0));

    private static SimpleField Field(string instruction) => new(Word.Run("1", Word.SmallSize)) { Instruction = instruction };

    /// <summary>宋体 小四 and Chinese as the defaults of the document.</summary>
    private static Styles Defaults() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Word.Song, HighAnsi = Word.Song, EastAsia = Word.Song, ComplexScript = Word.Song },
            new FontSize { Val = Word.BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Languages { Val = "zh-CN", EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));
}
