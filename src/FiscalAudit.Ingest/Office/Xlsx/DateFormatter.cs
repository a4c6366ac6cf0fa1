using System.Globalization;
using System.Text;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>Renders a serial date (1900 date system) with the date tokens of a format section.</summary>
internal static class DateFormatter
{
    private const double LastSerial = 2958465;

    /// <summary>The rendered date, or null when the value is not a valid serial date.</summary>
    public static string? Format(decimal serial, List<FormatToken> tokens)
    {
        if (serial < 0 || (double)serial > LastSerial) return null;
        var time = DateTime.FromOADate((double)serial);
        var twelveHour = tokens.Any(t => t.Kind == FormatTokenKind.AmPm);
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            text.Append(token.Kind switch
            {
                FormatTokenKind.Date => Part(token.Text, time, IsMinute(tokens, i), twelveHour),
                FormatTokenKind.AmPm => token.Text.StartsWith('上') ? (time.Hour < 12 ? "上午" : "下午") : (time.Hour < 12 ? "AM" : "PM"),
                _ => token.Text,
            });
        }
        return text.ToString();
    }

    /// <summary>"m" means minutes right after an hour or right before a second token.</summary>
    private static bool IsMinute(List<FormatToken> tokens, int index)
    {
        if (tokens[index].Text[0] != 'm' || tokens[index].Text.Length > 2) return false;
        var before = tokens.Take(index).LastOrDefault(t => t.Kind == FormatTokenKind.Date);
        var after = tokens.Skip(index + 1).FirstOrDefault(t => t.Kind == FormatTokenKind.Date);
        return before.Text?.StartsWith('h') == true || after.Text?.StartsWith('s') == true;
    }

    private static string Part(string token, DateTime time, bool minute, bool twelveHour)
    {
        var n = token.Length;
        var inv = CultureInfo.InvariantCulture;
        return token[0] switch
        {
            'y' => n <= 2 ? time.ToString("yy", inv) : time.Year.ToString(inv),
            'm' when minute => n == 1 ? time.Minute.ToString(inv) : time.ToString("mm", inv),
            'm' => n switch { 1 => time.Month.ToString(inv), 2 => time.ToString("MM", inv), 3 => time.ToString("MMM", inv), _ => time.ToString("MMMM", inv) },
            'd' => n switch { 1 => time.Day.ToString(inv), 2 => time.ToString("dd", inv), 3 => time.ToString("ddd", inv), _ => time.ToString("dddd", inv) },
            'h' => Hour(time, twelveHour, n),
            's' => n == 1 ? time.Second.ToString(inv) : time.ToString("ss", inv),
            _ => token,
        };
    }

    private static string Hour(DateTime time, bool twelveHour, int width)
    {
        var hour = twelveHour ? (time.Hour % 12 == 0 ? 12 : time.Hour % 12) : time.Hour;
        return hour.ToString(width >= 2 ? "00" : "0", CultureInfo.InvariantCulture);
    }
}
