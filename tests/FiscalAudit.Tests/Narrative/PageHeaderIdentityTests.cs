using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 classes 2 and 3 in the page margins: a page header or footer (页眉, 页脚) copied with the template names another
/// department, district or year, or keeps a placeholder (“XX单位”, “（单位名称）”). Word's default, first-page and even-page headers
/// and footers of each section and a workbook's print headers are read once each, as the document's identity: a right one (the full
/// name, its short form, page numbers, a print date, a file path, “内部资料”) gives no FA3010, FA3011, FA3014 or FA3016; a wrong one
/// gives exactly one finding, placed in the margin (“页眉（第1节）”, “表1工作表页眉”), however many sections or sheets repeat it.
/// </summary>
public class PageHeaderIdentityTests
{
    private static readonly string[] Rules = { "FA3010", "FA3011", "FA3014", "FA3016" };

    private static readonly Auditor Auditor = new(new AuditProfile());

    /// <summary>A department's 2024 部门决算: its full name and a short form its header may print.</summary>
    public sealed record Unit(string Name, string Short, string Other, string OtherDistrict)
    {
        public override string ToString() => Name;
    }

    private static readonly Unit[] Units =
    [
        new("南宁市青秀区财政局", "青秀区财政局", "南宁市青秀区教育局", "南宁市西乡塘区财政局"),
        new("赣州市章贡区卫生健康委员会", "章贡区卫健委", "赣州市章贡区民政局", "赣州市南康区卫生健康委员会"),
        new("合肥市蜀山区农业农村局", "蜀山区农业农村局", "合肥市蜀山区水务局", "合肥市包河区农业农村局"),
    ];

    public static TheoryData<Unit> AllUnits => new(Units);

    /// <summary>What a right header or footer prints: the title in the full or short name, page numbers, print fields, a confidentiality mark.</summary>
    public static TheoryData<Unit, string, string> RightMargins()
    {
        var data = new TheoryData<Unit, string, string>();
        foreach (var unit in Units)
        {
            data.Add(unit, $"{unit.Name}2024年度部门决算", "第 1 页 共 9 页");
            data.Add(unit, $"{unit.Short}\t\t2024年度部门决算", "- 3 -");
            data.Add(unit, $"2024年度{unit.Name}部门决算", "内部资料 注意保存");
            data.Add(unit, "2024年度部门决算", "打印日期：2025-03-01 10:32 D:\\决算\\XX单位\\2024部门决算.docx");
        }
        return data;
    }

    /// <summary>A header copied wrong, and the one finding it gives (“rule actual”).</summary>
    public static TheoryData<Unit, string, string> WrongHeaders()
    {
        var data = new TheoryData<Unit, string, string>();
        foreach (var unit in Units)
        {
            data.Add(unit, $"{unit.Other}2024年度部门决算", $"FA3014 {unit.Other}");
            data.Add(unit, $"{unit.OtherDistrict}2024年度部门决算", $"FA3014 {unit.OtherDistrict}");
            data.Add(unit, $"{unit.Name}2023年度部门决算", "FA3010 2023");
            data.Add(unit, "XX单位2024年度部门决算", "FA3011 XX");
            data.Add(unit, "（单位名称）2024年度部门决算", "FA3011 （单位名称）");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RightMargins))]
    public void A_right_word_header_and_footer_give_no_finding(Unit unit, string header, string footer)
    {
        var result = Auditor.Audit($"{unit}.docx", Word(unit, [new Section([(HeaderFooterValues.Default, header)], [(HeaderFooterValues.Default, footer)])]));
        Assert.Equal(unit.Name, result.Disclosure?.Department);
        Assert.Empty(Found(result));
    }

    [Theory]
    [MemberData(nameof(WrongHeaders))]
    public void A_wrong_default_header_gives_one_finding_in_the_header(Unit unit, string header, string found)
    {
        var result = Auditor.Audit($"{unit}.docx", Word(unit, [new Section([(HeaderFooterValues.Default, header)], [])]));
        Assert.Equal([found], Found(result));
        Assert.Equal("页眉（第1节）", Only(result).Location.Describe());
    }

    [Theory]
    [MemberData(nameof(WrongHeaders))]
    public void A_wrong_first_page_or_even_header_or_footer_gives_one_finding(Unit unit, string header, string found)
    {
        var right = $"{unit.Name}2024年度部门决算";
        var first = Word(unit, [new Section([(HeaderFooterValues.Default, right), (HeaderFooterValues.First, header)], [], FirstPage: true)]);
        var even = Word(unit, [new Section([(HeaderFooterValues.Default, right), (HeaderFooterValues.Even, header)], [])], evenPages: true);
        var footer = Word(unit, [new Section([(HeaderFooterValues.Default, right)], [(HeaderFooterValues.Default, header)])]);
        Assert.Equal([found], Found(Auditor.Audit($"{unit}.docx", first)));
        Assert.Equal("首页页眉（第1节）", Only(Auditor.Audit($"{unit}.docx", first)).Location.Describe());
        Assert.Equal([found], Found(Auditor.Audit($"{unit}.docx", even)));
        Assert.Equal([found], Found(Auditor.Audit($"{unit}.docx", footer)));
        Assert.Equal("页脚（第1节）", Only(Auditor.Audit($"{unit}.docx", footer)).Location.Describe());
    }

    /// <summary>A first-page or even-page header Word does not print (no w:titlePg, no w:evenAndOddHeaders) is not read.</summary>
    [Theory]
    [MemberData(nameof(AllUnits))]
    public void A_header_word_does_not_print_gives_no_finding(Unit unit)
    {
        var wrong = $"{unit.Other}2023年度部门决算";
        var docx = Word(unit, [new Section([(HeaderFooterValues.Default, $"{unit.Name}2024年度部门决算"), (HeaderFooterValues.First, wrong), (HeaderFooterValues.Even, wrong)], [])]);
        Assert.Empty(Found(Auditor.Audit($"{unit}.docx", docx)));
    }

    /// <summary>One cause, one finding: the same wrong header in three sections (each printing it on its pages) is one finding.</summary>
    [Theory]
    [MemberData(nameof(WrongHeaders))]
    public void The_same_wrong_header_in_every_section_is_one_finding(Unit unit, string header, string found)
    {
        var section = new Section([(HeaderFooterValues.Default, header)], [(HeaderFooterValues.Default, "第 1 页")]);
        var result = Auditor.Audit($"{unit}.docx", Word(unit, [section, section, section]));
        Assert.Equal([found], Found(result));
    }

    /// <summary>Two causes in one section's margins, another unit in the header and another year in the footer: two findings, each in its own margin.</summary>
    [Theory]
    [MemberData(nameof(AllUnits))]
    public void A_wrong_header_and_a_wrong_footer_are_two_findings_in_their_margins(Unit unit)
    {
        var docx = Word(unit, [new Section([(HeaderFooterValues.Default, $"{unit.Other}2024年度部门决算")], [(HeaderFooterValues.Default, $"{unit.Name}2023年度部门决算")])]);
        var found = Auditor.Audit($"{unit}.docx", docx).Findings.Where(f => Rules.Contains(f.RuleId)).ToList();
        Assert.Equal([$"FA3014 {unit.Other} 页眉（第1节）", "FA3010 2023 页脚（第1节）"], found.Select(f => $"{f.RuleId} {f.Actual} {f.Location.Describe()}").Order().Reverse());
        Assert.All(found, f => Assert.Empty(f.RelatedLocations));
    }

    [Theory]
    [MemberData(nameof(RightMargins))]
    public void A_right_workbook_print_header_gives_no_finding(Unit unit, string header, string footer)
    {
        var result = Auditor.Audit($"{unit}.xlsx", Workbook(unit, $"&C&\"宋体,加粗\"&14{header.Replace("\t", " ", StringComparison.Ordinal)}", $"&L{footer}&R第 &P 页 共 &N 页"));
        Assert.Equal(unit.Name, result.Disclosure?.Department);
        Assert.Empty(Found(result));
    }

    [Theory]
    [MemberData(nameof(WrongHeaders))]
    public void A_wrong_workbook_print_header_gives_one_finding_on_the_first_sheet_printing_it(Unit unit, string header, string found)
    {
        var result = Auditor.Audit($"{unit}.xlsx", Workbook(unit, $"&L&D&C&\"宋体,加粗\"{header}&R&P/&N", "&C第 &P 页"));
        Assert.Equal([found], Found(result));
        Assert.Equal("说明工作表页眉", Only(result).Location.Describe());
    }

    private static List<string> Found(AuditResult result) =>
        result.Findings.Where(f => Rules.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Actual}").ToList();

    private static Finding Only(AuditResult result) => Assert.Single(result.Findings, f => Rules.Contains(f.RuleId));

    /// <summary>A section's headers and footers by type; <paramref name="FirstPage"/> sets w:titlePg.</summary>
    public sealed record Section((HeaderFooterValues Type, string Text)[] Headers, (HeaderFooterValues Type, string Text)[] Footers, bool FirstPage = false);

    private static string[] Text(Unit unit) =>
    [
        "2024年度", unit.Name, "部门决算",
        $"第一部分 {unit.Name}概况", "一、部门职责", $"{unit.Name}是区人民政府工作部门。",
        "第二部分 2024年度部门决算情况说明", "一、收入支出决算总体情况说明",
        "2024年度收入、支出总计均为199.52万元。与上年相比，收入、支出总计各减少12.30万元，下降5.81%。",
    ];

    /// <summary>The 2024 部门决算 of <paramref name="unit"/> as Word: one section per <paramref name="sections"/>, each with its margins.</summary>
    private static byte[] Word(Unit unit, Section[] sections, bool evenPages = false)
    {
        var text = Text(unit);
        var per = (text.Length + sections.Length - 1) / sections.Length;
        var body = new List<OpenXmlElement>();
        for (var i = 0; i < text.Length; i++) body.Add(TestDocx.P(text[i]));
        var docx = TestDocx.Create(body.ToArray());
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            var paragraphs = main.Document.Body!.Elements<Paragraph>().ToList();
            for (var s = 0; s < sections.Length; s++)
            {
                var properties = new SectionProperties();
                foreach (var (type, header) in sections[s].Headers)
                {
                    var part = main.AddNewPart<HeaderPart>();
                    part.Header = new Header(TestDocx.P(header));
                    properties.Append(new HeaderReference { Type = type, Id = main.GetIdOfPart(part) });
                }
                foreach (var (type, footer) in sections[s].Footers)
                {
                    var part = main.AddNewPart<FooterPart>();
                    part.Footer = new Footer(Footer(footer));
                    properties.Append(new FooterReference { Type = type, Id = main.GetIdOfPart(part) });
                }
                if (sections[s].FirstPage) properties.Append(new TitlePage());
                if (s == sections.Length - 1) main.Document.Body.Append(properties);
                else
                {
                    var last = paragraphs[Math.Min((s + 1) * per, paragraphs.Count) - 1];
                    (last.ParagraphProperties ?? last.PrependChild(new ParagraphProperties())).Append(properties);
                }
            }
            if (evenPages) main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders());
        }
        return stream.ToArray();
    }

    /// <summary>A footer paragraph: “第 1 页 共 9 页” printed with Word's PAGE and NUMPAGES fields, as a footer holds them; other text as it is.</summary>
    private static Paragraph Footer(string text) =>
        text == "第 1 页 共 9 页"
            ? new Paragraph(new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" 页 共 ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("9"))) { Instruction = " NUMPAGES " },
                new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve }))
            : TestDocx.P(text);

    /// <summary>The same document as a workbook: the text on a sheet, a table on two more, every sheet printing <paramref name="header"/> and <paramref name="footer"/> (Excel's codes).</summary>
    private static byte[] Workbook(Unit unit, string header, string footer)
    {
        var print = new TestXlsx.PrintSetup(Header: header, Footer: footer);
        var book = new TestXlsx().Sheet("说明", print).Width(1, 100);
        var text = Text(unit);
        for (var i = 0; i < text.Length; i++) book.Text($"A{i + 1}", text[i]);
        book.Sheet("表1", print).Width(1, 36).Width(2, 14);
        book.Text("A1", $"{unit.Name}2024年度收入支出决算总表").Text("B2", "单位：万元");
        book.Row(3, ["项目", "决算数"]).Row(4, ["本年收入合计", "199.52"]).Row(5, ["本年支出合计", "199.52"]);
        book.Sheet("表2", print).Width(1, 36).Width(2, 14);
        book.Text("A1", "一般公共预算财政拨款支出决算表").Text("B2", "单位：万元");
        book.Row(3, ["科目名称", "决算数"]).Row(4, ["一般公共服务支出", "199.52"]).Row(5, ["合计", "199.52"]);
        return book.Build();
    }
}
