using Microsoft.AspNetCore.Identity;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Checks a username and password typed on the sign-in form from a client address, under the limits of
/// <see cref="SignInThrottle"/>. A wrong password and an unknown name get the same answer after the same work (an
/// unknown name's password is checked against a stand-in hash), so neither the message nor the time tells which
/// accounts exist; only someone who knows an account's password learns that it is locked. The caller signs the user in.
/// </summary>
/// <param name="Client">The client's address (the forwarded one behind a known proxy).</param>
public sealed record SignIn(string UserName, string Password, string Client);

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Wrong username or password, whichever it was.</summary>
    Refused,
    /// <summary>Too many failures from this client on this name: not checked; <see cref="SignInResult.Wait"/> says for how long.</summary>
    Waiting,
    /// <summary>More attempts from this client this minute than allowed (429).</summary>
    TooMany,
    /// <summary>The right password of an account an administrator locked or disabled.</summary>
    Locked,
}

public sealed record SignInResult(SignInOutcome Outcome, AppUser? User = null, TimeSpan Wait = default);

public sealed class SignInHandler(AppDbContext db, TimeProvider clock, UserManager<AppUser> users)
{
    /// <summary>Longer names are no account's (Identity stores 256 characters); longer passwords are no one's.</summary>
    public const int MaxNameLength = 256;

    public const int MaxPasswordLength = 256;

    private static readonly Lazy<string> StandIn = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public async Task<SignInResult> HandleAsync(SignIn request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (await SignInThrottle.OverRateAsync(db, request.Client, now, ct) is { } nextMinute) return new SignInResult(SignInOutcome.TooMany, Wait: nextMinute);
        var name = SignInThrottle.Normalize(request.UserName.Length > MaxNameLength ? request.UserName[..MaxNameLength] : request.UserName);
        if (await SignInThrottle.WaitAsync(db, name, request.Client, now, ct) is { } wait) return new SignInResult(SignInOutcome.Waiting, Wait: wait);

        var user = request.UserName.Length <= MaxNameLength ? await users.FindByNameAsync(request.UserName.Trim()) : null;
        bool right;
        if (user is null || request.Password.Length > MaxPasswordLength)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), StandIn.Value, request.Password[..Math.Min(request.Password.Length, MaxPasswordLength)]);
            right = false;
        }
        else right = await users.CheckPasswordAsync(user, request.Password);
        if (!right) return new SignInResult(SignInOutcome.Refused);

        await SignInThrottle.ForgetAsync(db, name, request.Client, ct);
        return Sessions.IsLockedOut(user!.LockoutEnabled, user.LockoutEnd, clock) || user.DisabledAt is not null ? new SignInResult(SignInOutcome.Locked) : new SignInResult(SignInOutcome.SignedIn, user);
    }
}
