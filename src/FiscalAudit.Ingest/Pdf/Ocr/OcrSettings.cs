using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Post-corrections inside a word that is otherwise a number (ocr.json, numbers).</summary>
public sealed record NumberCorrections(Dictionary<string, string> Digits, string Signs, string Percent, string Strays, string PercentMisread, int PercentDecimals, IReadOnlyList<string> PercentCues, IReadOnlyList<string> PercentColumnMarks);

/// <summary>When a page with real text is a scan all the same (ocr.json, thinText; see its comment).</summary>
public sealed record ThinTextSettings(double MinImageCover, double MaxLettersPerSquareInch);

/// <summary>When the letters of a page are mojibake (ocr.json, garbledText; see its comment).</summary>
public sealed record GarbledTextSettings(int MinLetters, double MinPlainShare, IReadOnlyList<string> Plain);

/// <summary>How many misreads a name of some length may have and still be the name (ocr.json, names).</summary>
public sealed record MisreadTolerance(int CharactersPerMisread, int MaxMisreads)
{
    /// <summary>The misreads a known name of <paramref name="length"/> characters allows.</summary>
    public int Allowed(int length) => Math.Min(MaxMisreads, length / CharactersPerMisread);
}

/// <summary>Names recognised with misreads taken as the known names they stand for (ocr.json, names; see its comment).</summary>
public sealed record RecognisedNameSettings(MisreadTolerance Departments, MisreadTolerance Rows, string Ordinals);

/// <summary>How scanned pages are rendered, cleaned of their ruling lines and recognised (ocr.json; see its comment).</summary>
public sealed record OcrSettings(
    int Dpi,
    long MaxPixels,
    string Languages,
    int PageSegmentation,
    double RenderSeconds,
    double RecogniseSeconds,
    Dictionary<string, string> Environment,
    OrientationSettings Orientation,
    SealSettings Seals,
    TwoPageSheetSettings TwoPageSheets,
    ScanCleaningSettings Cleaning,
    int DarkThreshold,
    double RulingMinPoints,
    double RulingMaxThicknessPoints,
    double RulingGapPoints,
    double RulingGlyphPoints,
    double SkewPerLength,
    double FontSizePerHeight,
    double ShortMarkHeight,
    double MiddleAboveBaseline,
    double Descent,
    NumberCorrections Numbers,
    string Trim,
    ThinTextSettings ThinText,
    GarbledTextSettings GarbledText,
    RecognisedNameSettings Names,
    MissedInkSettings MissedInk,
    LargeLineSettings LargeLines,
    LookAlikeSettings LookAlikes)
{
    /// <summary>The settings of ocr.json.</summary>
    public static OcrSettings Default { get; } = EmbeddedJson.Load<OcrSettings>(typeof(OcrSettings).Assembly, "ocr.json", new(JsonSerializerDefaults.Web));

    public TimeSpan RenderLimit => TimeSpan.FromSeconds(RenderSeconds);

    public TimeSpan RecogniseLimit => TimeSpan.FromSeconds(RecogniseSeconds);

    /// <summary>The resolution a page of <paramref name="widthPoints"/> × <paramref name="heightPoints"/> is rendered at: <see cref="Dpi"/>, less for a page that would exceed <see cref="MaxPixels"/>.</summary>
    public int DpiFor(double widthPoints, double heightPoints)
    {
        var squareInches = Math.Max(widthPoints, 1) / 72 * Math.Max(heightPoints, 1) / 72;
        return (int)Math.Max(1, Math.Min(Dpi, Math.Floor(Math.Sqrt(MaxPixels / squareInches))));
    }
}
