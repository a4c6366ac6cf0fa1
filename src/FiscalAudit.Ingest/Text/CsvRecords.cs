using System.Text;

namespace FiscalAudit.Ingest.Text;

/// <summary>One record of a CSV file: its fields and the physical line it starts on (1-based).</summary>
internal sealed record CsvRecord(IReadOnlyList<string> Fields, int Line);

/// <summary>
/// Splits CSV text as Excel writes it: fields separated by commas, a field in double quotes may hold commas, line breaks
/// and doubled quotes (""). An unclosed quote runs to the end of the text.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<CsvRecord> Of(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(fields, start);
                    fields = new List<string>();
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(fields, start);
        }
    }
}
