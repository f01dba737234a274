namespace ParIndex.App.Data;

/// <summary>
/// A counter of sign-in attempts shared by every web node (<see cref="Features.Users.SignInThrottle"/>): the attempts
/// of one client in the current minute, or the failed attempts of one client on one account name. Rows are keyed by
/// a SHA-256 of what they count, so no account name or address is stored; times are Unix milliseconds.
/// </summary>
public sealed class SignInCounter
{
    public required string Key { get; set; }

    public int Count { get; set; }

    /// <summary>When the last attempt was counted.</summary>
    public long LastAt { get; set; }

    /// <summary>Failures: the earliest time the next attempt is let through to the password check (0: no wait). Rate: when the counted minute began.</summary>
    public long OpenAt { get; set; }
}
