namespace FiscalAudit.Ingest.Text.Box;

/// <summary>Finds the tables of a plain text drawn with box characters (<see cref="BoxShape"/>): runs of rules and row lines, one of each at least.</summary>
internal static class BoxTableFinder
{
    public static List<BoxRegion> Find(IReadOnlyList<string> lines)
    {
        var regions = new List<BoxRegion>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsBoxLine(lines[i])) continue;
            var last = i;
            for (var j = i + 1; j < lines.Count && j - last <= BoxShape.Limits.MaximumBlankLines + 1; j++)
            {
                if (IsBoxLine(lines[j])) last = j;
                else if (lines[j].Trim().Length > 0) break;
            }
            var run = Enumerable.Range(i, last - i + 1).Select(k => lines[k]).ToList();
            if (run.Any(BoxShape.IsRule) && run.Any(BoxShape.IsRowLine)) regions.Add(new BoxRegion(i, last));
            i = last;
        }
        return regions;
    }

    private static bool IsBoxLine(string line) => BoxShape.IsRule(line) || BoxShape.IsRowLine(line);
}
