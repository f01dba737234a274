using Microsoft.Extensions.Configuration;

namespace ParIndex.App.Features.Documents;

/// <summary>
/// Who the printed documents name (configuration section <c>Documents</c>): the place written before the date
/// ("Thanh Hóa, ngày …"), the governing authority above each issuing body ("UBND TỈNH THANH HÓA"), the appraisal
/// council that signs minutes and appeal decisions, and the standing agency that receives the units' dossiers. Left
/// unset, the printed document keeps a dotted blank for a person to fill in.
/// </summary>
public sealed record DocumentSettings(string? Place = null, string? Authority = null, string? Council = null, string? Secretariat = null)
{
    public const string Section = "Documents";

    internal const string Blank = "……………";

    public string PlaceOrBlank => Text(Place) ?? Blank;

    public string AuthorityOrDefault => Text(Authority) ?? "ỦY BAN NHÂN DÂN TỈNH";

    public string CouncilOrDefault => Text(Council) ?? "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH";

    public string SecretariatOrDefault => Text(Secretariat) ?? "Sở Nội vụ (cơ quan thường trực)";

    public static DocumentSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new DocumentSettings(section["Place"], section["Authority"], section["Council"], section["Secretariat"]);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
