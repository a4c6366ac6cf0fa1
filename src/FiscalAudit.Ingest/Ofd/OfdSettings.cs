using System.Text;
using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>How an OFD file is read and how far it may go (ofd.json; see its comment).</summary>
public sealed record OfdSettings(
    double PointsPerMillimetre,
    double Descent,
    double Wide,
    double Narrow,
    double ThinFill,
    int MaxPages,
    long MaxPartBytes,
    int MaxObjects)
{
    /// <summary>The settings of ofd.json.</summary>
    public static OfdSettings Default { get; } = EmbeddedJson.Load<OfdSettings>(typeof(OfdSettings).Assembly, "ofd.json", new(JsonSerializerDefaults.Web));

    /// <summary>How wide a glyph of <paramref name="character"/> is, as a share of the font size: <see cref="Wide"/> for a wide character (display-width.json), else <see cref="Narrow"/>.</summary>
    public double Width(Rune character) => DisplayWidth.IsWide(character.Value) ? Wide : Narrow;
}
