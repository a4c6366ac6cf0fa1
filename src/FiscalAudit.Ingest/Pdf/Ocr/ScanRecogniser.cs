using System.Globalization;
using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// A scanned page recognised: its size in points (as rendered and turned upright), the glyphs and ruling segments found on it,
/// how far its rendered image was turned clockwise to stand upright; or, with <see cref="Failure"/>, why no text came from it (in Chinese).
/// A sheet of two pages side by side (<see cref="SheetGutter"/>) gives two, its halves, each with its <see cref="Left"/> on the upright sheet in points.
/// </summary>
public sealed record RecognisedPage(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Segment> Segments, string? Failure = null, int Turn = 0, double Left = 0);

/// <summary>
/// Recognises the scanned pages of a PDF: each page (its crop box, as a viewer shows it) rendered in colour by poppler's pdftoppm and made grey without its red seals (<see cref="SealInk"/>), turned upright (<see cref="PageOrientation"/>), straightened (<see cref="ScanCleaning"/>),
/// cut in two when it holds two pages side by side (<see cref="SheetGutter"/>), its ruling lines found and erased
/// (<see cref="ImageRulings"/>), the rest read by tesseract (word boxes, TSV) and turned into glyphs (<see cref="OcrGlyphs"/>).
/// Pages are recognised in parallel, up to the number of processors; each tool run has its time limit and is killed when
/// the caller cancels (<see cref="ExternalTool"/>); how many are to be recognised and done is told to the flow's
/// <see cref="RecognitionProgress"/>. The work happens in a folder of its own, removed afterwards.
/// </summary>
public sealed class ScanRecogniser(string? renderer, string? tesseract, OcrSettings settings)
{
    /// <summary>pdftoppm and tesseract on the PATH, with the settings of ocr.json.</summary>
    public static ScanRecogniser OnPath { get; } = new(ExternalTool.OnPath("pdftoppm"), ExternalTool.OnPath("tesseract"), OcrSettings.Default);

    /// <summary>The settings of the recognition.</summary>
    public OcrSettings Settings => settings;

    /// <summary>False when pdftoppm or tesseract is not installed.</summary>
    public bool Available => renderer is not null && tesseract is not null;

    /// <summary>Recognises <paramref name="pages"/> (scanned pages of <paramref name="content"/>), in their order: one page each, or the two halves of a sheet of two pages, the left one first.</summary>
    public IReadOnlyList<RecognisedPage> Recognise(byte[] content, IReadOnlyList<PageLayout> pages, CancellationToken cancellation)
    {
        if (!Available) throw new InvalidOperationException("OCR tools are not installed");
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-ocr-").FullName;
        try
        {
            var source = Path.Combine(folder, "source.pdf");
            File.WriteAllBytes(source, content);
            var results = new IReadOnlyList<RecognisedPage>[pages.Count];
            var progress = RecognitionProgress.OfThisFlow;
            progress?.Start(pages.Count);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation };
            Parallel.For(0, pages.Count, parallel, i =>
            {
                results[i] = Recognise(source, folder, pages[i], cancellation);
                progress?.PageDone();
            });
            return results.SelectMany(r => r).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private IReadOnlyList<RecognisedPage> Recognise(string source, string folder, PageLayout page, CancellationToken cancellation)
    {
        var dpi = settings.DpiFor(page.Width, page.Height);
        var number = page.Number.ToString(CultureInfo.InvariantCulture);
        var image = Path.Combine(folder, "page" + number);
        var render = ExternalTool.Run(renderer!, ["-f", number, "-l", number, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-cropbox", "-singlefile", source, image], settings.RenderLimit, cancellation);
        if (Failed(render, image + ".ppm", "pdftoppm", "渲染", settings.RenderSeconds) is { } renderFailure) return [Failure(page, renderFailure)];
        GrayImage gray;
        try
        {
            gray = SealInk.Dropped(ColourImage.ReadPpm(File.ReadAllBytes(image + ".ppm")), settings.Seals, dpi);
            File.WriteAllBytes(image + ".pgm", gray.ToPgm());
        }
        catch (InvalidDataException)
        {
            return [Failure(page, "pdftoppm 渲染出的图像无法读取")];
        }
        var turn = Turn(image + ".pgm", dpi, cancellation);
        // Each page of a sheet of two is straightened on its own: the lines of the two pages, side by side, do not line up.
        gray = ScanCleaning.Whitened(gray.Turned(turn), settings.Cleaning);
        if (SheetGutter.Find(gray, dpi, settings.DarkThreshold, settings.TwoPageSheets) is not int gutter)
            return [Read(gray, dpi, image, page, cancellation) with { Turn = turn }];
        return
        [
            Read(SheetGutter.Columns(gray, 0, gutter), dpi, image + "-left", page, cancellation) with { Turn = turn },
            Read(SheetGutter.Columns(gray, gutter, gray.Width), dpi, image + "-right", page, cancellation) with { Turn = turn, Left = gutter * 72.0 / dpi },
        ];
    }

    /// <summary>The page (or half of a sheet) <paramref name="gray"/>, upright, recognised: straightened, its rulings found and erased, its text read by tesseract into <paramref name="image"/>'s files.</summary>
    private RecognisedPage Read(GrayImage gray, int dpi, string image, PageLayout page, CancellationToken cancellation)
    {
        (gray, var straightened) = ScanCleaning.Clean(gray, settings.DarkThreshold, settings.Cleaning);
        var segments = ImageRulings.Extract(gray, dpi, settings, straightened);
        File.WriteAllBytes(image + "-clean.pgm", gray.ToPgm());
        var recognise = ExternalTool.Run(tesseract!, [image + "-clean.pgm", image, "-l", settings.Languages, "--psm", settings.PageSegmentation.ToString(CultureInfo.InvariantCulture), "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "tsv"],
            settings.RecogniseLimit, cancellation, settings.Environment);
        if (Failed(recognise, image + ".tsv", "tesseract", "识别", settings.RecogniseSeconds) is { } failure) return Failure(page, failure);
        var words = OcrWord.FromTsv(File.ReadAllText(image + ".tsv")).ToList();
        var large = LargeLines.Find(gray, words, dpi, settings.LargeLines);
        large = [.. large, .. LargeLines.Gapped(gray, words, dpi, settings.LargeLines, large)];
        words.RemoveAll(w => large.Any(band => LargeLines.Holds(band, w)));
        words.AddRange(Missed(gray, words, large, dpi, image, cancellation));
        var glyphs = OcrGlyphs.From(words, gray.Height, dpi, settings).ToList();
        if (glyphs.Count == 0) return Failure(page, "未识别出文字（空白页或图像不清晰）");
        return new RecognisedPage(page.Number, gray.Width * 72.0 / dpi, gray.Height * 72.0 / dpi, glyphs, segments);
    }

    /// <summary>How far the page rendered to <paramref name="file"/> must be turned clockwise to stand upright (<see cref="PageOrientation"/>); 0 when tesseract cannot tell.</summary>
    private int Turn(string file, int dpi, CancellationToken cancellation)
    {
        var run = ExternalTool.Run(tesseract!, [file, "-", "--psm", "0", "--dpi", dpi.ToString(CultureInfo.InvariantCulture)], settings.RecogniseLimit, cancellation, settings.Environment);
        return run.ExitCode == 0 && !run.TimedOut ? PageOrientation.Turn(run.Output, settings.Orientation) : 0;
    }

    /// <summary>
    /// The words of the second pass: the bands of <paramref name="large"/> lines (<see cref="LargeLines"/>) and every other
    /// patch of ink no word covers (<see cref="MissedInk"/>), each read as one line, all of the page in one tesseract run
    /// (a list of images); placed back on the page. A failing second pass leaves the first pass's other words. The words of a
    /// band replace the first pass's words of its line, kept whatever their confidence, and are kept so too (a dropped
    /// 综合 would leave a hole in a title line); those of the other patches, new ink, only when read with confidence.
    /// </summary>
    private IEnumerable<OcrWord> Missed(GrayImage gray, IReadOnlyList<OcrWord> words, IReadOnlyList<(int Left, int Top, int Width, int Height)> large, int dpi, string image, CancellationToken cancellation)
    {
        var patches = large.Concat(MissedInk.Find(gray, words, dpi, settings.MissedInk)
            .Where(p => !large.Any(band => p.Top < band.Top + band.Height && band.Top < p.Top + p.Height))).ToList();
        if (patches.Count == 0) return [];
        var list = new System.Text.StringBuilder();
        for (var i = 0; i < patches.Count; i++)
        {
            var file = $"{image}-patch{i}.pgm";
            File.WriteAllBytes(file, MissedInk.Crop(gray, patches[i]).ToPgm());
            list.Append(file).Append('\n');
        }
        File.WriteAllText(image + "-patches.txt", list.ToString());
        var run = ExternalTool.Run(tesseract!, [image + "-patches.txt", image + "-patches", "-l", settings.Languages, "--psm", settings.MissedInk.PageSegmentation.ToString(CultureInfo.InvariantCulture), "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "tsv"],
            settings.RecogniseLimit, cancellation, settings.Environment);
        if (Failed(run, image + "-patches.tsv", "tesseract", "识别", settings.RecogniseSeconds) is not null) return [];
        return OcrWord.FromTsv(File.ReadAllText(image + "-patches.tsv"))
            .Where(w => w.LineKey.Page >= 1 && w.LineKey.Page <= patches.Count && (w.Confidence >= settings.MissedInk.MinConfidence || w.LineKey.Page <= large.Count))
            .Select(w => w with { Left = w.Left + patches[w.LineKey.Page - 1].Left, Top = w.Top + patches[w.LineKey.Page - 1].Top, LineKey = w.LineKey with { Page = -w.LineKey.Page } })
            .ToList();
    }

    /// <summary>Why a run of <paramref name="tool"/> gave no <paramref name="output"/>, in Chinese (the tool's own English output is not shown); null when it did.</summary>
    private static string? Failed(ToolRun run, string output, string tool, string step, double seconds) =>
        run.TimedOut ? $"{tool} 在 {seconds:0} 秒内没有完成该页的{step}"
        : run.ExitCode != 0 || !File.Exists(output) ? $"{tool} 无法{step}该页（退出码 {run.ExitCode}）"
        : null;

    private static RecognisedPage Failure(PageLayout page, string reason) => new(page.Number, page.Width, page.Height, [], [], reason);
}
