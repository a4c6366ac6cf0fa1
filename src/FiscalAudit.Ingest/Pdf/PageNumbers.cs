namespace FiscalAudit.Ingest.Pdf;

/// <summary>Page numbers as a reviewer reads them in a message.</summary>
internal static class PageNumbers
{
    /// <summary>“1至3、5、7至9”: runs of three or more pages as a range.</summary>
    public static string List(IEnumerable<int> numbers)
    {
        var ranges = new List<(int From, int To)>();
        foreach (var n in numbers.Order())
        {
            if (ranges.Count > 0 && ranges[^1].To == n - 1) ranges[^1] = (ranges[^1].From, n);
            else ranges.Add((n, n));
        }
        return string.Join("、", ranges.Select(r => r.From == r.To ? $"{r.From}" : r.To == r.From + 1 ? $"{r.From}、{r.To}" : $"{r.From}至{r.To}"));
    }
}
