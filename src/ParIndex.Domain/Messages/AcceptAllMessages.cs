namespace ParIndex.Domain.Messages;

/// <summary>An appraiser accepting, in one action, the self-assessed scores of an area's items not yet appraised.</summary>
public static class AcceptAllMessages
{
    /// <summary>The reason recorded on each accepted item: "Đồng ý với điểm tự chấm".</summary>
    public static Message Reason() => new("accept-all.reason");

    public static Message NotAnArea(string code, string framework) => new("accept-all.not-an-area", new Typed(code), framework);

    /// <summary>The page's list of untouched items is not the one stored now: someone appraised (or the unit changed) since.</summary>
    public static Message Stale(string area, int now) => new("accept-all.stale", area, now);

    public static Message Done(int items, string area) => new("accept-all.done", items, area);
}
