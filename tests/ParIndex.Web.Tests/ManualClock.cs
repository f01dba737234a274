namespace ParIndex.Web.Tests;

/// <summary>The site's clock in a test: it stays where the test puts it, and only moves forward.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void MoveTo(DateTimeOffset at)
    {
        if (at < _now) throw new InvalidOperationException($"the test clock only moves forward ({_now:O} → {at:O})");
        _now = at;
    }
}
