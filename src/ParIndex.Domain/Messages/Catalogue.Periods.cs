namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> PeriodTexts() =>
    [
        ("period.already-open", "Kỳ đánh giá {0} đã mở (đang ở giai đoạn “{1}”); hãy dùng lệnh chuyển giai đoạn",
            "The period {0} is already open (it is in “{1}”); use period advance"),
        ("period.stale-stage", "Kỳ đánh giá {0} đang ở giai đoạn “{1}”, không phải “{2}”", "The period {0} is in “{1}”, not “{2}”"),
        ("period.publish-to-publish", "Dùng lệnh công bố kết quả để công bố", "Publish results to publish the period"),
    ];
}
