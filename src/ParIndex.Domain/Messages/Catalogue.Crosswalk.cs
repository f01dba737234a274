namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> CrosswalkTexts() =>
    [
        ("crosswalk.edition-not-stored", "chưa có bộ chỉ số {0}: hãy nhập ấn bản này trước", "framework edition {0} is not stored: import it first"),
        ("crosswalk.not-for-period", "bảng ánh xạ {0} → {1} không dùng cho kỳ “{2}”, kỳ này cần {3}",
            "the crosswalk {0} → {1} is not for the period “{2}”, which needs {3}"),
        ("crosswalk.period-keeps-editions", "kỳ “{0}” dùng cùng bộ chỉ số với năm trước, không cần bảng ánh xạ",
            "the period “{0}” keeps last year's frameworks and needs no crosswalk"),
        ("crosswalk.confirmed", "Đã xác nhận bảng ánh xạ {0} → {1} ({2} liên kết)", "Confirmed the crosswalk {0} → {1} ({2} links)"),
        ("crosswalk.totals-only", "Chưa có bảng chuyển đổi — chỉ so sánh tổng điểm", "No crosswalk yet — totals compared only"),
    ];
}
