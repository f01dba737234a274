namespace ParIndex.App.Data;

/// <summary>What a notification is about.</summary>
public enum NotificationKind
{
    /// <summary>The unit has not submitted and its self-assessment deadline is 7, 3 or 1 days away.</summary>
    DeadlineReminder,
    SubmissionReturned,
    AppraisalCompleted,
    AppealDecided,
    ResultsPublished,
    ExtensionGranted,
}

/// <summary>Where a notification's email stands.</summary>
public enum EmailState
{
    /// <summary>The person has no email address: shown in the web only.</summary>
    None,
    /// <summary>Waiting in the outbox for the sending worker.</summary>
    Pending,
    Sent,
    /// <summary>Given up after repeated failures; the last error says why.</summary>
    Failed,
    /// <summary>Not sent: no SMTP server is configured (web only), or a reminder whose deadline had passed.</summary>
    Skipped,
}

/// <summary>
/// One notification to one person (thông báo), written in the same transaction as the change that causes it, and
/// the outbox row of its email: a sending worker on any node claims it (<see cref="LeaseOwner"/>,
/// <see cref="LeaseUntil"/>), sends it and marks it sent, so a restart or a second node never sends it twice while a
/// lease holds. <see cref="Key"/> is unique: the same event never reaches the same person twice.
/// </summary>
public sealed class Notification
{
    public const int MaxKey = 200;

    public long Id { get; set; }

    public required string UserId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The event and the person, e.g. "deadline:3:SNV:202603311000:7:{user}".</summary>
    public required string Key { get; set; }

    public required string Subject { get; set; }

    public required string SubjectEn { get; set; }

    public required string Body { get; set; }

    public required string BodyEn { get; set; }

    /// <summary>The page it is about, a path on the site (e.g. "/tu-danh-gia/3").</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The address at the time of the event; null when the person had none.</summary>
    public string? EmailTo { get; set; }

    public EmailState Email { get; set; }

    /// <summary>After this instant the email is no longer worth sending (a reminder of a deadline that has passed).</summary>
    public DateTimeOffset? NotAfter { get; set; }

    public int Attempts { get; set; }

    /// <summary>The node that claimed the email to send it; null when unclaimed.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when the claim holds (a node that died lets it go then); after a failure, when to try again.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}
