using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>What a cell style index means for reading: its number format code and whether its font marks a title.</summary>
internal sealed class XlsxStyles
{
    private readonly List<CellFormat> formats;
    private readonly Dictionary<uint, string> customCodes;
    private readonly List<Font> fonts;
    private readonly double defaultSize;

    private XlsxStyles(List<CellFormat> formats, Dictionary<uint, string> customCodes, List<Font> fonts)
    {
        this.formats = formats;
        this.customCodes = customCodes;
        this.fonts = fonts;
        defaultSize = fonts.Count > 0 ? Size(fonts[0]) ?? 11 : 11;
    }

    public static XlsxStyles From(WorkbookStylesPart? part)
    {
        var sheet = part?.Stylesheet;
        var codes = new Dictionary<uint, string>();
        foreach (var format in sheet?.NumberingFormats?.Elements<NumberingFormat>() ?? Enumerable.Empty<NumberingFormat>())
        {
            if (format.NumberFormatId?.Value is uint id && format.FormatCode?.Value is string code) codes[id] = code;
        }
        return new XlsxStyles(
            sheet?.CellFormats?.Elements<CellFormat>().ToList() ?? new List<CellFormat>(),
            codes,
            sheet?.Fonts?.Elements<Font>().ToList() ?? new List<Font>());
    }

    /// <summary>The number format code of a style index ("General" when there is none).</summary>
    public string FormatCode(uint? styleIndex)
    {
        var id = Format(styleIndex)?.NumberFormatId?.Value ?? 0;
        return customCodes.TryGetValue(id, out var code) ? code : BuiltInNumberFormats.Code(id);
    }

    /// <summary>The size in points of the style's font; the workbook's default size when the style sets none.</summary>
    public double FontSize(uint? styleIndex) => FontOf(styleIndex) is { } font ? Size(font) ?? defaultSize : defaultSize;

    /// <summary>
    /// True when the style's font is bold or larger than <paramref name="bodySize"/>, the size most cells of the
    /// sheet are written in (never below the workbook's default font: a converter may set its own default smaller).
    /// </summary>
    public bool IsProminent(uint? styleIndex, double bodySize) =>
        FontOf(styleIndex) is { } font && ((font.Bold is { } bold && (bold.Val?.Value ?? true)) || Size(font) > Math.Max(bodySize, defaultSize));

    private Font? FontOf(uint? styleIndex) =>
        Format(styleIndex)?.FontId?.Value is uint f && f < fonts.Count ? fonts[(int)f] : null;

    private CellFormat? Format(uint? styleIndex) =>
        styleIndex is uint i && i < formats.Count ? formats[(int)i] : null;

    private static double? Size(Font font) => font.FontSize?.Val?.Value;
}
