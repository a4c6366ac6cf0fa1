using System.Text;

namespace FiscalAudit.Ingest.Text;

/// <summary>One record of a CSV file: its fields and the physical line it starts on (1-based).</summary>
public sealed record CsvRecord(IReadOnlyList<string> Fields, int Line);

/// <summary>
/// Splits CSV text (RFC 4180 as Excel writes it: commas, double quotes, "" inside quotes, CRLF, LF or CR) into records;
/// a quoted field may hold commas and line breaks. Never throws: an unclosed quote runs to the end of the text.
/// </summary>
public static class CsvRecords
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
            var lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));
            if (lineBreak) line++;
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
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
                case '\r' or '\n' when lineBreak:
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(fields, start);
                    fields = new List<string>();
                    start = line;
                    break;
                case '\r':
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
