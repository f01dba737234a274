using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace ParIndex.App.Features.Notifications;

/// <summary>
/// The SMTP server notifications are emailed through (configuration section <c>Smtp</c>): <c>Host</c>, <c>Port</c>
/// (25), <c>Security</c> (<c>Auto</c>: TLS on 465, STARTTLS when offered elsewhere; <c>None</c>, <c>StartTls</c>,
/// <c>SslOnConnect</c>), <c>UserName</c>/<c>Password</c> when the server wants them, and <c>From</c>. No host: no
/// email, notifications are shown in the web only. <c>Notifications:SiteUrl</c> makes the links in emails absolute.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, SecureSocketOptions Security, string? UserName, string? Password, MailboxAddress From, string? SiteUrl)
{
    /// <summary>The settings, null when no host is set; a setting that is present but wrong throws, naming it.</summary>
    public static SmtpSettings? Read(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Smtp");
        if (string.IsNullOrWhiteSpace(smtp["Host"])) return null;
        var port = 25;
        if (smtp["Port"] is { Length: > 0 } p && (!int.TryParse(p, out port) || port is < 1 or > 65535))
            throw new InvalidOperationException($"Smtp:Port '{p}' is not a port number (1–65535)");
        var security = SecureSocketOptions.Auto;
        if (smtp["Security"] is { Length: > 0 } s && (!Enum.TryParse(s, ignoreCase: true, out security) || !Enum.IsDefined(security) || char.IsDigit(s[0])))
            throw new InvalidOperationException($"Smtp:Security '{s}' is none of Auto, None, StartTls, SslOnConnect");
        if (!MailboxAddress.TryParse(smtp["From"] ?? "", out var from))
            throw new InvalidOperationException($"Smtp:From '{smtp["From"]}' is not an email address (e.g. \"ParIndex <parindex@example.gov.vn>\"); it is required with Smtp:Host");
        var site = configuration["Notifications:SiteUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : null;
        if (site is not null && !Uri.TryCreate(site, UriKind.Absolute, out _))
            throw new InvalidOperationException($"Notifications:SiteUrl '{site}' is not an absolute address (e.g. https://parindex.example.gov.vn)");
        return new SmtpSettings(smtp["Host"]!.Trim(), port, security, smtp["UserName"], smtp["Password"], from, site);
    }
}
