using System.Globalization;
using System.Text;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Features.Worksheets;

/// <summary>
/// The offline self-assessment worksheet as both the export writes it and the import reads it: sheet names, column
/// headers, the labels of the information sheet, and the way scoring rules are described to the people filling it.
/// </summary>
internal static class WorksheetLayout
{
    public const string ScoresSheet = "Tự đánh giá";
    public const string InfoSheet = "Thông tin";

    public const string Code = "Mã";
    public const string Name = "Tên tiêu chí";
    public const string Max = "Điểm tối đa";
    public const string Rule = "Cách chấm";
    public const string Guidance = "Hướng dẫn";
    public const string Input = "Kết quả tự đánh giá";
    public const string VersionColumn = "Phiên bản";
    public const string ExplanationColumn = "Giải trình";
    public const string EvidenceRequired = "Tài liệu kiểm chứng yêu cầu";
    public const string DocumentNumber = "Số văn bản";
    public const string DocumentDate = "Ngày ban hành";
    public const string Issuer = "Cơ quan ban hành";
    public const string Summary = "Trích yếu";
    public const string Linked = "Tài liệu đã gắn (trang, mục)";

    /// <summary>The columns in the order the export writes them; the import finds them by header, in any order.</summary>
    public static readonly string[] Columns =
        [Code, Name, Max, Rule, Guidance, Input, VersionColumn, ExplanationColumn, EvidenceRequired, DocumentNumber, DocumentDate, Issuer, Summary, Linked];

    /// <summary>Without these the import cannot tell what to save or whether it is stale.</summary>
    public static readonly string[] RequiredColumns = [Code, Input, VersionColumn];

    public const string InfoField = "Thông tin";
    public const string InfoValue = "Giá trị";
    public const string PeriodId = "Mã kỳ đánh giá";
    public const string PeriodName = "Kỳ đánh giá";
    public const string UnitCode = "Mã đơn vị";
    public const string UnitName = "Tên đơn vị";
    public const string FrameworkCode = "Mã bộ chỉ số";
    public const string FrameworkSha256 = "SHA-256 bộ chỉ số";
    public const string ExportedAt = "Thời điểm xuất";
    public const string HowTo = "Cách điền";

    public const string SurveyMark = "Lấy từ điều tra xã hội học";

    public const string DateFormat = "dd/MM/yyyy";

    public const string HowToText =
        "Chỉ điền cột \"" + Input + "\" (và \"" + ExplanationColumn + "\") ở các dòng tiêu chí thành phần; để trống nếu chưa chấm. " +
        "Không sửa cột \"" + Code + "\", \"" + VersionColumn + "\" và trang \"" + InfoSheet + "\". Tỷ lệ ghi 93% hoặc 45/50; " +
        "ghi NA nếu tiêu chí không áp dụng. Ngày ban hành ghi dd/MM/yyyy. Các cột về văn bản chỉ để tham khảo, chưa được lưu.";

    /// <summary>Headers and sheet names match whatever the case, surrounding spaces or Unicode normal form.</summary>
    public static string Key(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();

    /// <summary>How a leaf is scored and what may be typed in its input cell, in Vietnamese.</summary>
    public static string Describe(ScoringRule rule, decimal max)
    {
        const string na = "; NA nếu không áp dụng";
        const string ratio = "Nhập tỷ lệ, ví dụ 93% hoặc 45/50";
        const string count = "Nhập số lượng (số nguyên ≥ 0)";
        return rule switch
        {
            SurveyRule s => $"{SurveyMark} (chỉ số {s.Indicator}); không nhập ở đây",
            PassFailRule => $"Đạt / không đạt: nhập \"đạt\" ({Points(max)}) hoặc \"không đạt\" (0 điểm){na}",
            OptionsRule o => "Chọn một phương án, nhập mã: " +
                             string.Join("; ", o.Options.Select(x => $"{x.Key} = {x.Label} ({Points(x.Points)})")) + na,
            TiersRule t => $"Theo mức: {Tiers(t.Scale)}. " + (t.Scale.Basis == TierBasis.Ratio ? ratio : count) + na,
            ProportionalRule => $"Tỷ lệ × {Points(max)} tối đa. {ratio}{na}",
            DeductionRule d => $"{NumberText.Vi(max)} − {Points(d.PerOccurrence)} cho mỗi trường hợp, không thấp hơn {Points(d.Floor)}. " +
                               $"Nhập số lượng trường hợp (số nguyên ≥ 0){na}",
            BonusRule { PerItem: { } per } b => $"Điểm thưởng/trừ ngoài tổng điểm: {Points(per)} mỗi trường hợp, trong khoảng " +
                                                $"[{NumberText.Vi(b.Floor)}; {NumberText.Vi(b.Cap)}]. {count}{na}",
            BonusRule b => $"Điểm thưởng/trừ ngoài tổng điểm, trong khoảng [{NumberText.Vi(b.Floor)}; {NumberText.Vi(b.Cap)}]. Nhập điểm{na}",
            ManualRule { Step: { } step } => $"Chấm trực tiếp từ 0 đến {NumberText.Vi(max)}. Nhập điểm, bội số của {NumberText.Vi(step)}{na}",
            ManualRule => $"Chấm trực tiếp từ 0 đến {NumberText.Vi(max)}. Nhập điểm{na}",
            _ => $"Cách chấm {rule.Kind}{na}",
        };
    }

    /// <summary>A date as people write it in the sheet (dd/MM/yyyy), or as Excel stores a typed date (a day serial).</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        // Excel turns a typed date into the number of days since 1899-12-30 shown with a date format.
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and <= 2958465)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        date = default;
        return false;
    }

    private static string Points(decimal points) => NumberText.Vi(points) + " điểm";

    private static string Tiers(TierScale scale) =>
        string.Join("; ", scale.Tiers.OrderByDescending(t => t.Min).Select(t => $"{scale.DescribeVi(t)} → {Points(t.Points)}"));
}
