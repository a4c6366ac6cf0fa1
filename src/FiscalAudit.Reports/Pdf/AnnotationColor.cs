using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Pdf;

/// <summary>An RGB colour (components 0–1) of a highlight: red for 错误, orange for 警告, blue for 提示.</summary>
internal readonly record struct AnnotationColor(double Red, double Green, double Blue)
{
    /// <summary>How far toward white a related place's highlight is lightened.</summary>
    private const double RelatedLightening = 0.6;

    public static AnnotationColor Of(Severity severity) => severity switch
    {
        Severity.Error => new(1.0, 0.25, 0.25),
        Severity.Warning => new(1.0, 0.6, 0.1),
        _ => new(0.3, 0.6, 1.0),
    };

    /// <summary>The lighter colour of a related place.</summary>
    public AnnotationColor Lighter() => new(Lighten(Red), Lighten(Green), Lighten(Blue));

    private static double Lighten(double c) => c + (1 - c) * RelatedLightening;
}
