using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>Why a period's step is refused, its stages named for people.</summary>
public static class PeriodMessages
{
    /// <summary>Opening a period someone already opened: "Kỳ đánh giá 3 đã mở (đang ở giai đoạn “Tự đánh giá”)…".</summary>
    public static Message AlreadyOpen(int period, PeriodState now) => new("period.already-open", period, now);

    /// <summary>A step confirmed for one stage while the period has moved on to another.</summary>
    public static Message StaleStage(int period, PeriodState now, PeriodState expected) => new("period.stale-stage", period, now, expected);

    public static Message PublishToPublish() => new("period.publish-to-publish");
}
