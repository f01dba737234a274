namespace ParIndex.Domain.Messages;

/// <summary>The web's error pages and the refusals the pages make themselves (texts in Catalogue.Errors.cs).</summary>
public static class SiteMessages
{
    public static Message Forbidden() => new("error.forbidden");

    public static Message ForbiddenText() => new("error.forbidden-text");

    public static Message NotFound() => new("error.not-found");

    public static Message NotFoundText() => new("error.not-found-text");

    public static Message TooLarge() => new("error.too-large");

    public static Message TooLargeText() => new("error.too-large-text");

    public static Message Busy() => new("error.busy");

    public static Message BusyText() => new("error.busy-text");

    public static Message Other(int status) => new("error.other", status);

    public static Message OtherText() => new("error.other-text");

    /// <param name="role">The role by the name the site gives it (RoleNames in the web).</param>
    public static Message SignedInAs(string userName, Both role) => new("error.signed-in-as", userName, role);

    public static Message Next() => new("error.next");

    public static Message Home() => new("error.home");

    public static Message SignInOther() => new("error.sign-in-other");

    public static Message SignIn() => new("error.sign-in");

    public static Message Results() => new("error.results");

    public static Message SignInWaiting(int minutes) => new("signin.waiting", minutes);

    public static Message SignInLocked() => new("signin.locked");

    public static Message SignInWrong() => new("signin.wrong");

    public static Message NoItem(int ordinal) => new("form.no-item", ordinal);

    public static Message RatioHalf() => new("form.ratio-half");

    public static Message UnitsOnly() => new("form.units-only");

    public static Message Bands() => new("form.bands");

    public static Message BandLine(string line) => new("form.band-line", new Typed(line));

    public static Message TokenDays() => new("form.token-days");
}
