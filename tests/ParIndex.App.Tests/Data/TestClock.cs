namespace ParIndex.App.Tests.Data;

/// <summary>A clock the test sets; the use cases read time only through TimeProvider.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
