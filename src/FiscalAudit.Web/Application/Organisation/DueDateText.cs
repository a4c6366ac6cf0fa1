using System.Globalization;
using System.Text.RegularExpressions;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>
/// A due date as a reviewer types it: 年-月-日 (2024-09-30, 2024-9-30), also 2024年9月30日, 2024/9/30 or 2024.9.30;
/// blank clears the date. The form field is plain text, so it reads the same in every browser language.
/// </summary>
public static partial class DueDateText
{
    public const string Example = "2024-09-30";

    /// <summary>The date, or null for a blank field; false (with a Chinese reason) when the text is no date.</summary>
    public static bool TryRead(string? text, out DateOnly? date, out string? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var match = Parts().Match(text);
        if (match.Success && DateOnly.TryParseExact(
                $"{match.Groups[1].Value}-{match.Groups[2].Value.PadLeft(2, '0')}-{match.Groups[3].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
        {
            date = read;
            return true;
        }
        problem = $"截止日期“{text.Trim()}”无法识别，请按 年-月-日 填写，如 {Example}。";
        return false;
    }

    [GeneratedRegex(@"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")]
    private static partial Regex Parts();
}
