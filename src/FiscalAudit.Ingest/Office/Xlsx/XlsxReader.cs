using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>
/// Reads Excel .xlsx workbooks (and the macro-enabled and template packages of the same kind, .xlsm .xltx .xltm): every visible worksheet in order (hidden ones are skipped, with a note unless named as a helper: <see cref="HelperSheets"/>) (see <see cref="SheetBlockBuilder"/>), cells
/// displayed as Excel shows them (<see cref="SourceCell.Text"/>) and as stored
/// (<see cref="SourceCell.StoredValue"/>); formulas use their cached values. Locations are
/// "Sheet名!B7" with the 1-based row as the line. The print headers and footers of the sheets are kept apart, as running lines
/// (<see cref="XlsxRunningLines"/>).
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    public string Format => "xlsx";

    /// <summary>The extensions of Excel packages (content-signatures.json).</summary>
    public static IReadOnlyList<string> Extensions { get; } = ContentSignatures.OfficeByExtension(".xlsx")!.Reading!.Under;

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default) =>
        OfficePackage.Read(path, content, "Excel", ".xlsx", s => SpreadsheetDocument.Open(s, false), d => Read(path, d, cancellation));

    private static SourceDocument Read(string path, SpreadsheetDocument document, CancellationToken cancellation)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbook is null || sheets is null) throw new DocumentReadException($"文件“{path}”是 ZIP 包，但不含 Excel 工作簿（xl/workbook.xml）。");
        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText.Of).ToList() ?? new List<string>();
        var notes = new List<ReadNote>();
        var styles = XlsxStyles.From(StylePart.Parsed(workbook.WorkbookStylesPart, path, notes));
        var blocks = new List<Block>();
        var lines = new List<TextLine>();
        var running = new List<TextLine>();
        foreach (var (sheet, number) in sheets.Select((s, i) => (s, i + 1)))
        {
            cancellation.ThrowIfCancellationRequested();
            var name = sheet.Name?.Value ?? $"Sheet{number}";
            if (sheet.Id?.Value is not string id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheetPart || worksheetPart.Worksheet is not { } worksheet)
            {
                notes.Add(new ReadNote($"工作表“{name}”不是普通工作表（如图表）或内容缺失，已跳过。", new SourceLocation(path, Cell: name)));
                continue;
            }
            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
            {
                if (!HelperSheets.IsHelper(name)) notes.Add(new ReadNote($"工作表“{name}”是隐藏工作表，未读取；如其内容应当公开，请取消隐藏后重新审核。", new SourceLocation(path, Cell: name)));
                continue;
            }
            var built = SheetBlockBuilder.Build(path, SheetGrid.Read(name, worksheet, sharedStrings, styles));
            blocks.AddRange(built.Blocks);
            lines.AddRange(built.Lines);
            running.AddRange(XlsxRunningLines.Read(path, name, worksheet));
            notes.AddRange(built.Notes);
        }
        var result = new SourceDocument(path, "xlsx", blocks, lines) { RunningLines = RunningText.Lines(running) };
        result.Notes.AddRange(notes);
        return result;
    }
}
