using QRCoder;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>A link as a QR code in SVG, to print beside it (error correction M: a creased or smudged sheet still scans).</summary>
public static class QrSvg
{
    public static string Of(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
