namespace FiscalAudit.Web.Application.Organisation;

/// <summary>How sure an attribution is; stored and sent in JSON by these names.</summary>
public static class Confidence
{
    /// <summary>The printed name is a unit's name or alias.</summary>
    public const string High = "high";

    /// <summary>A guess: the name lacks its district prefix, or contains a unit's name among other words.</summary>
    public const string Low = "low";

    /// <summary>No unit (or more than one) fits.</summary>
    public const string None = "none";

    /// <summary>A reviewer confirmed or chose the unit; checks never change it again.</summary>
    public const string Confirmed = "confirmed";

    public static bool NeedsReview(string? confidence) => confidence is Low or None;

    public static string ToChinese(string? confidence) => confidence switch
    {
        High => "高",
        Low => "低",
        None => "未匹配",
        Confirmed => "已确认",
        _ => "—",
    };
}
