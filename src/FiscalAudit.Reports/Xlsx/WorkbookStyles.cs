using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>The cell looks a ledger uses.</summary>
internal enum CellLook
{
    Text,
    Wrap,
    Center,
    Integer,

    /// <summary>A number with more decimals than <see cref="WorkbookStyles.MaxDecimals"/>: shown as General.</summary>
    Number,
}

/// <summary>
/// The stylesheet: 宋体 throughout, a bold title, bold headers on a blue-grey fill, thin borders, text
/// aligned to the top, and amounts with thousands separators and as many decimals as printed. Every
/// body look exists plain and shaded (alternate blocks).
/// </summary>
internal static class WorkbookStyles
{
    public const int MaxDecimals = 4;

    public const uint Title = 1;

    public const uint Header = 2;

    private const string FontName = "宋体";
    private const uint FirstCustomFormat = 164;
    private const uint BodyStart = 3;
    private static readonly int LooksPerBand = Enum.GetValues<CellLook>().Length + MaxDecimals + 1;

    /// <summary>The style of a body cell.</summary>
    public static uint Body(CellLook look, int band) => BodyStart + (uint)(band * LooksPerBand) + (uint)look;

    /// <summary>The style of an amount printed with <paramref name="decimals"/> decimals.</summary>
    public static uint Amount(int decimals, int band) =>
        decimals > MaxDecimals ? Body(CellLook.Number, band) : BodyStart + (uint)(band * LooksPerBand) + (uint)Enum.GetValues<CellLook>().Length + (uint)decimals;

    public static Stylesheet Build()
    {
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 2, ApplyFont = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Center }, ApplyAlignment = true },
            new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }, ApplyAlignment = true });
        for (uint band = 0; band < 2; band++)
        {
            var fill = band == 0 ? 0u : 3u;
            formats.Append(BodyFormat(fill, 0, null, false));
            formats.Append(BodyFormat(fill, 0, null, true));
            formats.Append(BodyFormat(fill, 0, HorizontalAlignmentValues.Center, false));
            formats.Append(BodyFormat(fill, 1, HorizontalAlignmentValues.Right, false));
            formats.Append(BodyFormat(fill, 0, HorizontalAlignmentValues.Right, false));
            for (var decimals = 0; decimals <= MaxDecimals; decimals++) formats.Append(BodyFormat(fill, DecimalFormat(decimals), HorizontalAlignmentValues.Right, false));
        }
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(Enumerable.Range(1, MaxDecimals).Select(d => new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)d - 1, FormatCode = "#,##0." + new string('0', d) })) { Count = MaxDecimals },
            new Fonts(Font(false, 11), Font(true, 11), Font(true, 16)) { Count = 3 },
            new Fills(Fill(PatternValues.None), Fill(PatternValues.Gray125), SolidFill("FFD9E1F2"), SolidFill("FFF2F2F2")) { Count = 4 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), ThinBorder()) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>0 decimals: built-in “#,##0”; more: the custom formats.</summary>
    private static uint DecimalFormat(int decimals) => decimals == 0 ? 3u : FirstCustomFormat + (uint)decimals - 1;

    private static CellFormat BodyFormat(uint fill, uint numberFormat, HorizontalAlignmentValues? horizontal, bool wrap)
    {
        var alignment = new Alignment { Vertical = VerticalAlignmentValues.Top };
        if (horizontal is { } h) alignment.Horizontal = h;
        if (wrap) alignment.WrapText = true;
        return new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = 0,
            FillId = fill,
            BorderId = 1,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFill = fill != 0,
            ApplyBorder = true,
            Alignment = alignment,
            ApplyAlignment = true,
        };
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Fill(PatternValues pattern) => new(new PatternFill { PatternType = pattern });

    private static Fill SolidFill(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static Border ThinBorder() => new(
        new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());
}
