namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// A page looked at in square blocks of a few pixels: the blocks holding marked pixels, and the patches they make — blocks
/// touching side by side or one above the other — each as its box in blocks.
/// </summary>
internal sealed class InkBlocks
{
    private readonly bool[] marked;

    /// <summary>The blocks of <paramref name="block"/> pixels a side over an image <paramref name="width"/> × <paramref name="height"/>, marked where <paramref name="isMarked"/> holds for a pixel (x, y) in them.</summary>
    public InkBlocks(int width, int height, int block, Func<int, int, bool> isMarked)
    {
        Block = block;
        Columns = (width + block - 1) / block;
        Rows = (height + block - 1) / block;
        marked = new bool[Columns * Rows];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                if (isMarked(x, y)) marked[y / block * Columns + x / block] = true;
    }

    /// <summary>The side of a block in pixels.</summary>
    public int Block { get; }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>The patches of touching marked blocks, each its first and last column and row (inclusive).</summary>
    public IEnumerable<(int Left, int Top, int Right, int Bottom)> Patches()
    {
        var seen = new bool[marked.Length];
        for (var start = 0; start < marked.Length; start++)
        {
            if (!marked[start] || seen[start]) continue;
            int left = int.MaxValue, top = int.MaxValue, right = 0, bottom = 0;
            var queue = new Queue<int>([start]);
            seen[start] = true;
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                int cx = at % Columns, cy = at / Columns;
                (left, top, right, bottom) = (Math.Min(left, cx), Math.Min(top, cy), Math.Max(right, cx), Math.Max(bottom, cy));
                foreach (var (nx, ny) in new[] { (cx - 1, cy), (cx + 1, cy), (cx, cy - 1), (cx, cy + 1) })
                {
                    if (nx < 0 || ny < 0 || nx >= Columns || ny >= Rows || !marked[ny * Columns + nx] || seen[ny * Columns + nx]) continue;
                    seen[ny * Columns + nx] = true;
                    queue.Enqueue(ny * Columns + nx);
                }
            }
            yield return (left, top, right, bottom);
        }
    }
}
