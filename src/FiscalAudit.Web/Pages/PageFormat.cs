namespace FiscalAudit.Web.Pages;

/// <summary>How the pages print times, batch names and progress.</summary>
public static class PageFormat
{
    /// <summary>Stored UTC time in the server's local time: 2024-06-30 14:05.</summary>
    public static string Time(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.Local).ToString("yyyy-MM-dd HH:mm");

    public static string BatchName(long id, string? label) => label ?? $"批次 {id}";

    /// <summary>A CSS width for a share: "66.67%"; an empty whole is complete.</summary>
    public static string Percent(int part, int whole) =>
        (whole == 0 ? 100m : Math.Round(part * 100m / whole, 2)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
