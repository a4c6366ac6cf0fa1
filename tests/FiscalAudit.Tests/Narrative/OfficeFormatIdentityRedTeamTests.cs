using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 classes 2 and 3, red team in the formats a reviewer receives: the identity and residue parts of ten 部门决算 as 湖南, 福建,
/// 广西, 新疆, 黑龙江, 江西, 安徽, 贵州, 内蒙古 and 西藏 departments print them, each as Word (the cover in a one-cell table or in a text
/// box, the name over two lines, the document's title in the page header 页眉, each table's “编制单位：…　单位：万元” line above it and its
/// note below), as a workbook (a cover sheet naming the department over two rows, a sheet per table: the title merged across the sheet,
/// “编制单位：…” merged across all but the last column and “单位：万元” in that one, or the label and the unit's name in cells of their
/// own) and as PDFs LibreOffice printed from both. Each right document gives no FA3011, FA3014 or FA3016 and is read as its department;
/// with one defect planted — another district's, county's or 片区's unit or the city's bureau in a header or a title, a placeholder in a
/// cell or a header (“XX”, “××”, “□□”), both alternatives of a sentence or a table's note (“增加（减少）”, “下降（增长）”), a drafting
/// instruction left in a note — it gives exactly that finding. A header naming the department's own 二级单位 (填报单位) is none.
/// </summary>
public class OfficeFormatIdentityRedTeamTests
{
    private static readonly string[] Rules = { "FA3011", "FA3014", "FA3016" };

    /// <summary>One table of a document: its title, its number, the unit line above it, its rows (label, amount) and its note.</summary>
    public sealed record Part(string Title, string Number, string Unit, string[][] Rows, string Note);

    /// <summary>
    /// A document: the cover's lines for the department's name, the department as read, its 概况 paragraphs, its three tables and the
    /// defect planted (the right text, the wrong one, the finding “rule actual” it gives).
    /// </summary>
    public sealed record Body(string Province, string[] Cover, string Department, string[] Text, Part[] Tables, (string Right, string Wrong, string Found) Plant)
    {
        public override string ToString() => Province;

        /// <summary>This document with its defect planted: every text holding the right one, exactly one, takes the wrong one.</summary>
        public Body Planted()
        {
            var hits = Strings().Count(s => s.Contains(Plant.Right, StringComparison.Ordinal));
            Assert.True(hits == 1, $"{Province}: “{Plant.Right}” is printed {hits} times");
            string P(string s) => s.Replace(Plant.Right, Plant.Wrong, StringComparison.Ordinal);
            return this with
            {
                Text = Text.Select(P).ToArray(),
                Tables = Tables.Select(t => new Part(P(t.Title), t.Number, P(t.Unit), t.Rows.Select(r => r.Select(P).ToArray()).ToArray(), P(t.Note))).ToArray(),
            };
        }

        private IEnumerable<string> Strings() =>
            Text.Concat(Tables.SelectMany(t => new[] { t.Title, t.Unit, t.Note }.Concat(t.Rows.SelectMany(r => r))));
    }

    private static Part[] Tables(string own, string first, string second, string third, string note, string visits = "12") =>
    [
        new($"{own}2024年度收入支出决算总表", "公开01表", first,
            [["项目", "决算数"], ["一、一般公共预算财政拨款收入", "199.52"], ["本年收入合计", "199.52"], ["本年支出合计", "199.52"]], "注：本表反映部门本年度的总收支和年末结转结余情况。"),
        new("一般公共预算财政拨款支出决算表", "公开02表", second,
            [["科目名称", "决算数"], ["一般公共服务支出", "150.30"], ["社会保障和就业支出", "49.22"], ["合计", "199.52"]], "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"),
        new("一般公共预算财政拨款“三公”经费支出决算表", "公开03表", third,
            [["项目", "决算数"], ["公务接待费", "3.20"], ["国内接待批次（个）", visits], ["国内接待人次（人）", "86"]], note),
    ];

    private static string[] Text(string own, string duties, string units, string change = "下降5.81%") =>
    [
        $"第一部分 {own}概况", "一、部门职责", duties, "二、机构设置", units,
        "第二部分 2024年度部门决算情况说明", "一、收入支出决算总体情况说明",
        $"2024年度收入、支出总计均为199.52万元。与上年相比，收入、支出总计各减少12.30万元，{change}。",
        "二、“三公”经费支出决算情况说明", "2024年度“三公”经费支出3.20万元，全部为公务接待费，共接待12批次、86人次。",
    ];

    private const string Note3 = "注：本表反映部门本年度“三公”经费支出预决算情况，与上年相比增加0.40万元。";

    private static readonly Body[] All =
    [
        // 湖南: a free trade zone's 片区, its full name over two lines; the header naming another 片区 of the same zone is planted.
        new("湖南", ["中国（湖南）自由贸易试验区", "长沙片区管理委员会"], "中国（湖南）自由贸易试验区长沙片区管理委员会",
            Text("中国（湖南）自由贸易试验区长沙片区管理委员会", "中国（湖南）自由贸易试验区长沙片区管理委员会是长沙市人民政府的派出机构，负责片区的开发建设和管理。",
                "长沙片区综合服务中心是中国（湖南）自由贸易试验区长沙片区管理委员会所属事业单位。"),
            Tables("中国（湖南）自由贸易试验区长沙片区管理委员会", "编制单位：中国（湖南）自由贸易试验区长沙片区管理委员会", "编制单位：湖南自贸区长沙片区管委会", "编制单位：长沙片区管委会", Note3),
            ("编制单位：长沙片区管委会", "编制单位：中国（湖南）自由贸易试验区岳阳片区管理委员会", "FA3014 中国（湖南）自由贸易试验区岳阳片区管理委员会")),
        // 福建: a district bureau; its school fills a form in; a placeholder left in a cell.
        new("福建", ["福州市鼓楼区", "教育局"], "福州市鼓楼区教育局",
            Text("福州市鼓楼区教育局", "福州市鼓楼区教育局是福州市鼓楼区人民政府工作部门，主管全区教育工作。", "福州市鼓楼区第一中心小学是福州市鼓楼区教育局所属公益一类事业单位。"),
            Tables("福州市鼓楼区教育局", "编制单位：福州市鼓楼区教育局", "编制单位：鼓楼区教育局", "填报单位：福州市鼓楼区第一中心小学", Note3),
            ("150.30", "XX", "FA3011 XX")),
        // 广西: a district bureau; the title of 表一 copied from another district's document is planted.
        new("广西", ["南宁市青秀区", "财政局"], "南宁市青秀区财政局",
            Text("南宁市青秀区财政局", "南宁市青秀区财政局是南宁市青秀区人民政府工作部门，主管全区财政收支。", "南宁市青秀区财政投资评审中心是南宁市青秀区财政局所属事业单位。"),
            Tables("南宁市青秀区财政局", "编制单位：南宁市青秀区财政局", "编制单位：青秀区财政局", "编制单位：区财政局", Note3),
            ("南宁市青秀区财政局2024年度收入支出决算总表", "南宁市西乡塘区财政局2024年度收入支出决算总表", "FA3014 南宁市西乡塘区财政局")),
        // 新疆: a district's 发改委 printed by its short name; “□□” left in a header.
        new("新疆", ["乌鲁木齐市天山区", "发展和改革委员会"], "乌鲁木齐市天山区发展和改革委员会",
            Text("乌鲁木齐市天山区发展和改革委员会", "乌鲁木齐市天山区发展和改革委员会是乌鲁木齐市天山区人民政府工作部门。", "乌鲁木齐市天山区价格认证中心是乌鲁木齐市天山区发展和改革委员会所属事业单位。"),
            Tables("乌鲁木齐市天山区发展和改革委员会", "编制单位：乌鲁木齐市天山区发展和改革委员会", "编制单位：天山区发改委", "编制单位：乌鲁木齐市天山区发展和改革委员会（本级）", Note3),
            ("编制单位：天山区发改委", "编制单位：天山区□□□□", "FA3011 □□□□")),
        // 黑龙江: a district bureau, its cover split before the bureau; both alternatives left in a table's note.
        new("黑龙江", ["哈尔滨市道里区", "民政局"], "哈尔滨市道里区民政局",
            Text("哈尔滨市道里区民政局", "哈尔滨市道里区民政局是哈尔滨市道里区人民政府工作部门。", "哈尔滨市道里区社会福利院是哈尔滨市道里区民政局所属事业单位。"),
            Tables("哈尔滨市道里区民政局", "编制单位：哈尔滨市道里区民政局", "编制单位：道里区民政局", "编制单位：哈尔滨市道里区民政局", Note3),
            ("与上年相比增加0.40万元", "与上年相比增加（减少）0.40万元", "FA3016 增加（减少）")),
        // 江西: a district's 卫健委; the city's committee in a header (the district dropped) is planted.
        new("江西", ["赣州市章贡区", "卫生健康委员会"], "赣州市章贡区卫生健康委员会",
            Text("赣州市章贡区卫生健康委员会", "赣州市章贡区卫生健康委员会是赣州市章贡区人民政府工作部门。", "赣州市章贡区疾病预防控制中心是赣州市章贡区卫生健康委员会所属事业单位。"),
            Tables("赣州市章贡区卫生健康委员会", "编制单位：赣州市章贡区卫生健康委员会", "编制单位：章贡区卫健委", "填报单位：赣州市章贡区疾病预防控制中心", Note3),
            ("编制单位：章贡区卫健委", "编制单位：赣州市卫生健康委员会", "FA3014 赣州市卫生健康委员会")),
        // 安徽: a district bureau whose centre fills a form in; both alternatives left in a sentence.
        new("安徽", ["合肥市蜀山区", "农业农村局"], "合肥市蜀山区农业农村局",
            Text("合肥市蜀山区农业农村局", "合肥市蜀山区农业农村局是合肥市蜀山区人民政府工作部门。", "合肥市蜀山区农业技术推广中心是合肥市蜀山区农业农村局所属事业单位。"),
            Tables("合肥市蜀山区农业农村局", "编制单位：合肥市蜀山区农业农村局", "编制单位：蜀山区农业农村局", "填报单位：合肥市蜀山区农业技术推广中心", Note3),
            ("下降5.81%", "下降（增长）5.81%", "FA3016 下降（增长）")),
        // 贵州: a district bureau; another district's bureau of the same city in a header is planted.
        new("贵州", ["遵义市红花岗区", "司法局"], "遵义市红花岗区司法局",
            Text("遵义市红花岗区司法局", "遵义市红花岗区司法局是遵义市红花岗区人民政府工作部门。", "遵义市红花岗区公共法律服务中心是遵义市红花岗区司法局所属事业单位。"),
            Tables("遵义市红花岗区司法局", "编制单位：遵义市红花岗区司法局", "编制单位：红花岗区司法局", "编制单位：遵义市红花岗区司法局", Note3),
            ("编制单位：红花岗区司法局", "编制单位：遵义市汇川区司法局", "FA3014 遵义市汇川区司法局")),
        // 内蒙古: a district bureau; a placeholder left in the cell of a count.
        new("内蒙古", ["呼和浩特市赛罕区", "财政局"], "呼和浩特市赛罕区财政局",
            Text("呼和浩特市赛罕区财政局", "呼和浩特市赛罕区财政局是呼和浩特市赛罕区人民政府工作部门。", "呼和浩特市赛罕区国库集中支付中心是呼和浩特市赛罕区财政局所属事业单位。"),
            Tables("呼和浩特市赛罕区财政局", "编制单位：呼和浩特市赛罕区财政局", "编制单位：赛罕区财政局", "编制单位：呼和浩特市赛罕区财政局", Note3, visits: "13"),
            ("13", "××", "FA3011 ××")),
        // 西藏: a district bureau; a drafting instruction left in a table's note.
        new("西藏", ["拉萨市城关区", "教育局"], "拉萨市城关区教育局",
            Text("拉萨市城关区教育局", "拉萨市城关区教育局是拉萨市城关区人民政府工作部门。", "拉萨市城关区第一小学是拉萨市城关区教育局所属公益一类事业单位。"),
            Tables("拉萨市城关区教育局", "编制单位：拉萨市城关区教育局", "编制单位：城关区教育局", "填报单位：拉萨市城关区第一小学", Note3),
            ("与上年相比增加0.40万元。", "与上年相比增加0.40万元。（如本年度无此项支出，仍保留该表格式，并在本表下方作说明。）", "FA3016 仍保留该表格式")),
    ];

    public static TheoryData<Body> Bodies => new(All);

    private static readonly Auditor Auditor = new(new AuditProfile());

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_right_word_document_gives_no_identity_or_residue_finding(Body body) => AssertRight(body, Audit($"{body}.docx", Word(body, Index(body))));

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_planted_word_document_gives_its_one_finding(Body body) => AssertPlanted(body, Audit($"{body}.docx", Word(body.Planted(), Index(body))));

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_right_workbook_gives_no_identity_or_residue_finding(Body body) => AssertRight(body, Audit($"{body}.xlsx", Workbook(body, Index(body))));

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_planted_workbook_gives_its_one_finding(Body body) => AssertPlanted(body, Audit($"{body}.xlsx", Workbook(body.Planted(), Index(body))));

    /// <summary>The PDF LibreOffice prints from the Word document, right and planted.</summary>
    [LibreOfficeTheory]
    [MemberData(nameof(Bodies))]
    public void The_pdf_printed_from_word_gives_the_planted_finding_only(Body body)
    {
        PrintedRendering.Check($"{body}.docx", Word(body, Index(body)), pdf => AssertRight(body, Auditor.Audit(pdf)));
        PrintedRendering.Check($"{body}.docx", Word(body.Planted(), Index(body)), pdf => AssertPlanted(body, Auditor.Audit(pdf)));
    }

    /// <summary>The PDF LibreOffice prints from the workbook, right and planted.</summary>
    [LibreOfficeTheory]
    [MemberData(nameof(Bodies))]
    public void The_pdf_printed_from_the_workbook_gives_the_planted_finding_only(Body body)
    {
        PrintedRendering.Check($"{body}.xlsx", Workbook(body, Index(body)), pdf => AssertRight(body, Auditor.Audit(pdf)));
        PrintedRendering.Check($"{body}.xlsx", Workbook(body.Planted(), Index(body)), pdf => AssertPlanted(body, Auditor.Audit(pdf)));
    }

    private static int Index(Body body) => Array.FindIndex(All, b => b.Province == body.Province);

    private static AuditResult Audit(string name, byte[] content) => Auditor.Audit(name, content);

    private static List<string> Found(AuditResult result) =>
        result.Findings.Where(f => Rules.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Actual}").ToList();

    private static void AssertRight(Body body, AuditResult result)
    {
        Assert.Equal(body.Department, result.Disclosure?.Department);
        Assert.Empty(Found(result));
    }

    private static void AssertPlanted(Body body, AuditResult result)
    {
        Assert.Equal(body.Department, result.Disclosure?.Department);
        Assert.Equal([body.Plant.Found], Found(result));
    }

    /// <summary>
    /// The Word document: the cover in a one-cell table (even <paramref name="variant"/>) or a text box (odd), the name over its lines;
    /// the page header printing the department's title; then the text, and each table's title, number, unit line, grid and note.
    /// </summary>
    private static byte[] Word(Body body, int variant)
    {
        var cover = new List<OpenXmlElement> { TestDocx.P("2024年度") };
        cover.AddRange(body.Cover.Select(l => TestDocx.P(l)));
        cover.Add(TestDocx.P("部门决算"));
        var content = new List<OpenXmlElement>();
        if (variant % 2 == 0) content.Add(TestDocx.Table(TestDocx.Row(TestDocx.Cell(cover.ToArray()))));
        else
        {
            var box = new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(cover)))
            {
                Style = "position:absolute;width:400pt;height:300pt;z-index:1",
            };
            content.Add(new Paragraph(new Run(new Picture(box))));
        }
        content.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        content.AddRange(body.Text.Select(t => (OpenXmlElement)TestDocx.P(t)));
        foreach (var table in body.Tables)
        {
            content.Add(TestDocx.P(table.Title));
            content.Add(TestDocx.P(table.Number));
            content.Add(TestDocx.P($"{table.Unit}　　　　　　单位：万元"));
            content.Add(TestDocx.Table(table.Rows.Select(r => TestDocx.Row(r.Select(c => TestDocx.Cell(c)).ToArray())).ToArray()));
            content.Add(TestDocx.P(table.Note));
        }
        return WithPageHeader(TestDocx.Create(content.ToArray()), $"{body.Department}2024年度部门决算");
    }

    /// <summary><paramref name="docx"/> with <paramref name="text"/> as the header (页眉) of every page.</summary>
    private static byte[] WithPageHeader(byte[] docx, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(TestDocx.P(text));
            main.Document.Body!.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The workbook: a cover sheet naming the department over two rows, a sheet “说明” with the text a paragraph a row, then a sheet per
    /// table: the title merged across its four columns, the number in the last, the unit line merged across the first three with
    /// “单位：万元” in the last (even <paramref name="variant"/>) or its label and value in cells of their own (odd), the grid and the note.
    /// </summary>
    private static byte[] Workbook(Body body, int variant)
    {
        var book = new TestXlsx().Sheet("封面").Text("A2", "2024年度");
        for (var i = 0; i < body.Cover.Length; i++) book.Text($"A{4 + i}", body.Cover[i]);
        book.Text($"A{6 + body.Cover.Length}", "部门决算").Width(1, 40);
        book.Sheet("说明").Width(1, 100);
        for (var i = 0; i < body.Text.Length; i++) book.Text($"A{i + 1}", body.Text[i], TestXlsx.Styles.Wrapped);
        for (var t = 0; t < body.Tables.Length; t++)
        {
            var table = body.Tables[t];
            book.Sheet($"表{t + 1}").Width(1, 36).Width(2, 14).Width(3, 10).Width(4, 14);
            book.Text("A1", table.Title).Merge("A1:D1").Text("D2", table.Number);
            var colon = table.Unit.IndexOf('：');
            if (variant % 2 == 0) book.Text("A3", table.Unit).Merge("A3:C3");
            else book.Text("A3", table.Unit[..(colon + 1)]).Text("B3", table.Unit[(colon + 1)..]).Merge("B3:C3");
            book.Text("D3", "单位：万元");
            for (var r = 0; r < table.Rows.Length; r++) book.Row(4 + r, table.Rows[r]);
            var note = (uint)(5 + table.Rows.Length);
            book.Text($"A{note}", table.Note, TestXlsx.Styles.Wrapped).Merge($"A{note}:D{note}").Height(note, 60);
        }
        return book.Build();
    }
}
