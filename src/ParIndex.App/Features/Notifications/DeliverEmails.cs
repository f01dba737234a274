using System.Data.Common;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Notifications;

/// <summary>
/// Sends the pending emails of the outbox, as node <see cref="Node"/>: claims a batch in one atomic statement (on
/// PostgreSQL skipping rows another node has locked; SQLite has one writer), each claim a lease of five minutes;
/// sends each through SMTP and marks it sent. Another node never takes a row while its lease holds; a node that dies
/// mid-batch lets its rows go when the lease ends (they may then be sent again: at least once, each with a fixed
/// Message-Id so mail clients show one). A failure is tried again later (1, 2, 4 … minutes), up to eight times.
/// Without SMTP settings the emails are marked skipped: notifications stay in the web.
/// </summary>
public sealed record DeliverEmails(string Node, int BatchSize = 50);

public sealed record Delivery(int Claimed, int Sent, int Failed, int Skipped);

public sealed class DeliverEmailsHandler(AppDbContext db, TimeProvider clock, SmtpSettings? smtp)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public const int MaxAttempts = 8;

    public async Task<Delivery> HandleAsync(DeliverEmails request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var ids = await ClaimAsync(request.Node, now, request.BatchSize, ct);
        if (ids.Count == 0) return new Delivery(0, 0, 0, 0);
        var rows = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).OrderBy(n => n.Id).ToListAsync(ct);
        int sent = 0, failed = 0, skipped = 0;
        var stale = rows.Where(n => smtp is null || n.NotAfter is { } until && until <= now).ToList();
        foreach (var n in stale)
        {
            await FinishAsync(n.Id, request.Node, EmailState.Skipped, null, smtp is null ? "Không cấu hình SMTP: chỉ hiển thị trên web" : "Đã quá thời hạn nhắc, không gửi", ct);
            skipped++;
        }
        var toSend = rows.Except(stale).ToList();
        if (toSend.Count == 0) return new Delivery(rows.Count, sent, failed, skipped);

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp!.Host, smtp.Port, smtp.Security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var n in toSend) await RetryLaterAsync(n, request.Node, now, e, ct);
            return new Delivery(rows.Count, 0, toSend.Count, skipped);
        }
        foreach (var n in toSend)
        {
            try
            {
                await client.SendAsync(Message(n, smtp), ct);
                await FinishAsync(n.Id, request.Node, EmailState.Sent, clock.GetUtcNow(), null, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await RetryLaterAsync(n, request.Node, now, e, ct);
                failed++;
            }
        }
        await client.DisconnectAsync(quit: true, ct);
        return new Delivery(rows.Count, sent, failed, skipped);
    }

    /// <summary>The email: the notification's Vietnamese texts, the link made absolute, a Message-Id fixed per notification.</summary>
    internal static MimeMessage Message(Notification n, SmtpSettings smtp)
    {
        var message = new MimeMessage { Subject = n.Subject, MessageId = $"notification-{n.Id}@{smtp.From.Domain}" };
        message.From.Add(smtp.From);
        message.To.Add(MailboxAddress.Parse(n.EmailTo!));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var link = n.Link is null ? "" : $"\n\n{smtp.SiteUrl}{n.Link}";
        message.Body = new TextPart("plain") { Text = $"{n.Body}{link}\n\n-- \nParIndex: thư tự động, xin không trả lời thư này." };
        return message;
    }

    /// <summary>
    /// Takes up to <paramref name="batch"/> pending emails whose lease is free or over, in one statement, so two
    /// nodes never take the same row; returns their ids.
    /// </summary>
    private async Task<List<long>> ClaimAsync(string node, DateTimeOffset now, int batch, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""
                UPDATE "Notifications" SET "LeaseOwner" = @node, "LeaseUntil" = @until, "Attempts" = "Attempts" + 1
                WHERE "Id" IN (SELECT "Id" FROM "Notifications" WHERE "Email" = 'Pending' AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= @now)
                               ORDER BY "Id" LIMIT @batch{(postgres ? " FOR UPDATE SKIP LOCKED" : "")})
                RETURNING "Id"
                """;
            Add(command, "node", node);
            Add(command, "until", Moment.Of(now + Lease));
            Add(command, "now", Moment.Of(now));
            Add(command, "batch", batch);
            var ids = new List<long>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private Task RetryLaterAsync(Notification n, string node, DateTimeOffset now, Exception e, CancellationToken ct)
    {
        var attempts = n.Attempts; // the claim counted this attempt
        var message = e.Message.Length > 900 ? e.Message[..900] : e.Message;
        return attempts >= MaxAttempts
            ? FinishAsync(n.Id, node, EmailState.Failed, null, message, ct)
            : ReleaseAsync(n.Id, node, Moment.Of(now + TimeSpan.FromMinutes(Math.Pow(2, attempts - 1))), message, ct);
    }

    /// <summary>Records the outcome, only while this node still holds the row.</summary>
    private async Task FinishAsync(long id, string node, EmailState state, DateTimeOffset? sentAt, string? error, CancellationToken ct)
    {
        DateTimeOffset? sent = sentAt is { } at ? Moment.Of(at) : null;
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await db.Notifications.Where(n => n.Id == id && n.LeaseOwner == node).ExecuteUpdateAsync(u => u
            .SetProperty(n => n.Email, state).SetProperty(n => n.SentAt, sent)
            .SetProperty(n => n.LastError, error).SetProperty(n => n.LeaseOwner, (string?)null), ct);
    }

    /// <summary>Lets the row go, to be tried again from <paramref name="retryAt"/>.</summary>
    private async Task ReleaseAsync(long id, string node, DateTimeOffset retryAt, string error, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await db.Notifications.Where(n => n.Id == id && n.LeaseOwner == node).ExecuteUpdateAsync(u => u
            .SetProperty(n => n.LeaseUntil, retryAt).SetProperty(n => n.LastError, error).SetProperty(n => n.LeaseOwner, (string?)null), ct);
    }
}
