namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// How far the recognition of a document's scanned pages has come, for whoever waits on its check (a time limit that grows
/// with the pages to recognise, a reviewer shown “正在识别扫描页 3/40”): the pages to recognise once the reader has found
/// them, and those done. The recogniser reports to the progress made current on the flow that reads the document
/// (<see cref="Follow"/>), so no reader's signature carries it.
/// </summary>
public sealed class RecognitionProgress
{
    private static readonly AsyncLocal<RecognitionProgress?> Current = new();
    private int total;
    private int done;

    /// <summary>Raised with the pages to recognise when the recogniser starts on them (on the reading thread).</summary>
    public event Action<int>? Started;

    /// <summary>The scanned pages to recognise (0 until known, or for a document without scans).</summary>
    public int Total => Volatile.Read(ref total);

    /// <summary>The scanned pages recognised so far.</summary>
    public int Done => Volatile.Read(ref done);

    /// <summary>Makes <paramref name="progress"/> the one reported to on this flow until the result is disposed.</summary>
    public static IDisposable Follow(RecognitionProgress progress)
    {
        var before = Current.Value;
        Current.Value = progress;
        return new Restore(before);
    }

    /// <summary>The progress of this flow, taken before work moves to other threads.</summary>
    internal static RecognitionProgress? OfThisFlow => Current.Value;

    internal void Start(int pages) => Started?.Invoke(Interlocked.Add(ref total, pages));

    internal void PageDone() => Interlocked.Increment(ref done);

    private sealed class Restore(RecognitionProgress? before) : IDisposable
    {
        public void Dispose() => Current.Value = before;
    }
}
