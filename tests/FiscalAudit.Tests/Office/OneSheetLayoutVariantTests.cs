using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Seed 002 on one sheet in layouts county publishers use (issue 12, class 11) — tables two by two side by side with
/// several blank columns between them, a title merged across each table, the right table starting lower than the left
/// (so their 单位 lines sit on different rows), the spacer column between them hidden and holding a check sum, the blank
/// rows between tables hidden, no blank rows at all (tables apart only by their notes and titles), amounts stored as text with thousands
/// separators and “-” for zero, formulas with cached values, rows of zeros hidden (still data) behind a hidden 参数 sheet (not read) — as .xlsx and saved by LibreOffice as .xls, .ods and under WPS's .et: the tables cell for
/// cell and the findings of the text.
/// </summary>
[Collection("Legacy Office conversions")]
public class OneSheetLayoutVariantTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    private static readonly Lazy<AuditResult> Expected = new(() => Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(File.ReadAllText(Repo.Seed("002")))));

    public static TheoryData<string> Layouts => new(OneSheetLayout.Names);

    [SharedTheory]
    [MemberData(nameof(Layouts))]
    public void Seed_002_in_a_one_sheet_layout_gives_the_same_tables_and_findings(string layout)
    {
        var bytes = OneSheetLayout.Build(File.ReadAllText(Repo.Seed("002")), layout);
        var read = Auditor.Audit("002.xlsx", bytes);

        Assert.Equal(9, read.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(Expected.Value), SameReading.Cells(read));
        Assert.Equal(SameReading.Findings(Expected.Value), SameReading.Findings(read));
        Assert.Equal(SameReading.Ids(Expected.Value), SameReading.Ids(read));
    }

    public static TheoryData<string, string> SavedLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in OneSheetLayout.Names)
            foreach (var extension in new[] { ".xls", ".ods", ".et" })
                data.Add(layout, extension);
        return data;
    }

    [LibreOfficeTheory(NeedsShared = true)]
    [MemberData(nameof(SavedLayouts))]
    public void Seed_002_in_a_one_sheet_layout_saved_by_libreoffice_gives_the_same_tables_and_findings(string layout, string extension)
    {
        var bytes = OneSheetLayout.Build(File.ReadAllText(Repo.Seed("002")), layout);
        var saved = LibreOffice.SavedAs("002.xlsx", bytes, extension == ".et" ? "xls" : extension[1..]);
        var read = Auditor.Audit("部门决算" + extension, saved);

        Assert.Null(read.ReadError);
        Assert.Equal(9, read.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(Expected.Value), SameReading.Cells(read));
        Assert.Equal(SameReading.Findings(Expected.Value), SameReading.Findings(read));
    }
}
