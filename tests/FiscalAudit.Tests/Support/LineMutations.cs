namespace FiscalAudit.Tests.Support;

/// <summary>
/// Fuzzing of Markdown documents: one mutation of a line — the line dropped, repeated or cut, or one cell of a table
/// row replaced by a value from a list of labels and noise (a line that is not a table row is then kept).
/// </summary>
public static class LineMutations
{
    public static IEnumerable<string> Mutate(string line, Random random, IReadOnlyList<string> cellNoise)
    {
        switch (random.Next(6))
        {
            case 0:
                yield break;
            case 1:
                yield return line;
                yield return line;
                yield break;
            case 2:
                yield return line[..random.Next(line.Length + 1)];
                yield break;
            default:
                if (!line.StartsWith('|'))
                {
                    yield return line;
                    yield break;
                }
                var cells = line.Split('|');
                cells[random.Next(cells.Length)] = cellNoise[random.Next(cellNoise.Count)];
                yield return string.Join("|", cells);
                yield break;
        }
    }
}
