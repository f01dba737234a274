using MailKit.Security;
using Microsoft.Extensions.Configuration;
using ParIndex.App.Features.Notifications;

namespace ParIndex.App.Tests.Notifications;

/// <summary>The Smtp settings: none means web only; present ones are read or refused naming the setting.</summary>
public sealed class SmtpSettingsTests
{
    private static SmtpSettings? Read(params (string Key, string Value)[] values) =>
        SmtpSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void No_host_means_no_email()
    {
        Assert.Null(Read());
        Assert.Null(Read(("Smtp:From", "parindex@tinh.gov.vn"), ("Smtp:Port", "nonsense")));
    }

    [Fact]
    public void A_host_is_read_with_its_defaults()
    {
        var s = Read(("Smtp:Host", "mail.tinh.gov.vn"), ("Smtp:From", "ParIndex <parindex@tinh.gov.vn>"), ("Notifications:SiteUrl", "https://parindex.tinh.gov.vn/"))!;
        Assert.Equal(("mail.tinh.gov.vn", 25, SecureSocketOptions.Auto, "parindex@tinh.gov.vn", "ParIndex"), (s.Host, s.Port, s.Security, s.From.Address, s.From.Name));
        Assert.Equal("https://parindex.tinh.gov.vn", s.SiteUrl);
        var tls = Read(("Smtp:Host", "mail.tinh.gov.vn"), ("Smtp:From", "parindex@tinh.gov.vn"), ("Smtp:Port", "587"), ("Smtp:Security", "StartTls"))!;
        Assert.Equal((587, SecureSocketOptions.StartTls), (tls.Port, tls.Security));
    }

    [Theory]
    [InlineData("Smtp:Port", "70000", "Smtp:Port '70000' is not a port number")]
    [InlineData("Smtp:Security", "Tls13", "Smtp:Security 'Tls13' is none of")]
    [InlineData("Smtp:From", "không phải địa chỉ", "Smtp:From 'không phải địa chỉ' is not an email address")]
    [InlineData("Notifications:SiteUrl", "parindex.tinh.gov.vn", "Notifications:SiteUrl 'parindex.tinh.gov.vn' is not an absolute address")]
    public void A_wrong_setting_is_refused_by_name(string key, string value, string message)
    {
        var values = new Dictionary<string, string> { ["Smtp:Host"] = "mail.tinh.gov.vn", ["Smtp:From"] = "parindex@tinh.gov.vn", [key] = value };
        var e = Assert.Throws<InvalidOperationException>(() => Read([.. values.Select(v => (v.Key, v.Value))]));
        Assert.Contains(message, e.Message);
    }
}
