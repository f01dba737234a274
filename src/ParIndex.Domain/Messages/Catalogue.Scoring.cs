namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> ScoringTexts() =>
    [
        ("input.wrong-kind", "Tiêu chí này nhận {0}, không nhận {1}", "This item takes {0}, not {1}"),
        ("input.kind.pass-fail", "kết quả Đạt hoặc Không đạt", "a pass or fail result"),
        ("input.kind.option", "một lựa chọn", "one of its options"),
        ("input.kind.ratio", "một tỷ lệ (0,93, 93% hoặc 93/100)", "a ratio (0,93, 93% or 93/100)"),
        ("input.kind.count", "một số nguyên", "a whole count"),
        ("input.kind.points", "một số điểm", "a number of points"),
        ("input.kind.not-applicable", "“không áp dụng”", "“not applicable”"),
        ("input.kind.missing", "ô trống", "an empty value"),
        ("input.ratio-outside", "Tỷ lệ {0} nằm ngoài khoảng 0–100%", "The ratio {0} is outside 0–100%"),
        ("input.count-not-whole", "Số lượng {0} không phải số nguyên không âm", "The count {0} is not a whole number ≥ 0"),
        ("input.points-outside", "{0} nằm ngoài khoảng {1}–{2}", "{0} is outside {1}–{2}"),
        ("input.points-off-step", "{0} không phải bội số của bước chấm {1}", "{0} is not a multiple of the step {1}"),
        ("input.not-an-option", "{0} không phải một lựa chọn ở đây; chọn một trong: {1}", "{0} is not an option here; choose one of: {1}"),
        ("input.not-points", "{0} không phải một số điểm", "{0} is not a number of points"),
        ("input.not-pass-fail", "{0} không phải “Đạt” hoặc “Không đạt”", "{0} is neither “pass” nor “fail”"),
        ("input.not-fraction", "{0} không phải tỷ lệ dạng 45/50", "{0} is not a ratio like 45/50"),
        ("input.zero-denominator", "{0} có mẫu số {1}; ghi NA nếu tiêu chí không áp dụng", "{0} has a denominator of {1}; write NA if the item does not apply"),
        ("input.negative-numerator", "{0} có tử số âm", "{0} has a negative numerator"),
        ("input.not-ratio", "{0} không phải một tỷ lệ (0,93, 93% hoặc 45/50)", "{0} is not a ratio (0,93, 93% or 45/50)"),
        ("input.not-count", "{0} không phải số nguyên không âm", "{0} is not a whole count ≥ 0"),
        ("number.not-a-number", "{0} không phải là số", "{0} is not a number"),
        ("number.space-inside", "{0} có dấu cách giữa các chữ số; hãy viết số không có dấu phân cách hàng nghìn, ví dụ 1234,5",
            "{0} has a space inside the number; write it without thousands separators, e.g. 1234,5"),
        ("number.two-marks", "{0} có nhiều hơn một dấu thập phân; hãy viết số không có dấu phân cách hàng nghìn, ví dụ 1234,5",
            "{0} has more than one decimal mark; write the number without thousands separators, e.g. 1234,5"),
        ("input.empty", "Chưa có giá trị (ghi NA nếu tiêu chí không áp dụng)", "The value is empty (write NA if the item does not apply)"),
        ("input.shown", "{0}", "{0}"),
        ("input.shown.missing", "Chưa nhập", "Not entered"),
        ("input.shown.not-applicable", "Không áp dụng", "Not applicable"),
        ("score.from-survey", "{0} lấy điểm từ điều tra xã hội học, đơn vị không tự chấm", "{0} is scored from the sociological survey, not by the unit"),
        ("score.no-such-leaf", "Không có tiêu chí thành phần {0} trong bộ chỉ số {1}", "There is no sub-criterion {0} in framework {1}"),
        ("score.given-twice", "{0} được lưu hai lần", "{0} is given twice"),
        ("score.nothing-to-save", "Không có mục nào để lưu", "There is nothing to save"),
        ("score.saved", "Đã lưu {0}: {1} → {2}", "Saved {0}: {1} → {2}"),
    ];
}
