namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>Format codes of Excel's built-in number formats (ECMA-376 §18.8.30, zh-CN variants for dates).</summary>
internal static class BuiltInNumberFormats
{
    private static readonly Dictionary<uint, string> Codes = new()
    {
        [0] = "General",
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [14] = "yyyy/m/d",
        [15] = "d-mmm-yy",
        [16] = "d-mmm",
        [17] = "mmm-yy",
        [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [22] = "yyyy/m/d h:mm",
        [27] = "yyyy\"年\"m\"月\"",
        [28] = "m\"月\"d\"日\"",
        [29] = "m\"月\"d\"日\"",
        [30] = "m-d-yy",
        [31] = "yyyy\"年\"m\"月\"d\"日\"",
        [32] = "h\"时\"mm\"分\"",
        [33] = "h\"时\"mm\"分\"ss\"秒\"",
        [36] = "yyyy\"年\"m\"月\"",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [49] = "@",
        [50] = "yyyy\"年\"m\"月\"",
        [57] = "yyyy\"年\"m\"月\"",
        [58] = "m\"月\"d\"日\"",
    };

    /// <summary>The code for a built-in id; unknown ids display as General.</summary>
    public static string Code(uint id) => Codes.TryGetValue(id, out var code) ? code : "General";
}
