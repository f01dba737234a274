using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// No secret is committed: every file git tracks is read and none holds a Data Protection key (it signs the sign-in
/// cookie and antiforgery tokens), a private key, a personal API token or a connection string with a real password.
/// Files the app writes at run time (keys, databases, evidence) are ignored by git wherever the app is started from.
/// </summary>
public sealed partial class RepositorySecretsTests
{
    [GeneratedRegex(@"<(?:master)Key\b|-----BEGIN [A-Z ]*PRIVATE KEY-----|\bpxi_[A-Za-z0-9_-]{43}\b")]
    private static partial Regex KeyMaterial();

    /// <summary>A <c>Password=</c> in a connection string whose value is more than a placeholder (…, $VAR, {…}, &lt;…&gt;).</summary>
    [GeneratedRegex(@"\b(?:Password|Pwd)=(?![…$<{]|\s|;|$)[^;""'\s`]+", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralPassword();

    [Fact]
    public void No_tracked_file_holds_a_key_a_token_or_a_connection_password()
    {
        var files = Git("ls-files", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("src/ParIndex/Web/WebApp.cs", files);

        var found = new List<string>();
        foreach (var file in files) // this file included: its samples are spelt in pieces, so they never match as written
        {
            var path = Path.Combine(Repo.Root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 5_000_000) continue;
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
                if (KeyMaterial().Match(lines[i]) is { Success: true } key) found.Add($"{file}:{i + 1}: {key.Value}");
                else if (LiteralPassword().Match(lines[i]) is { Success: true } password)
                    found.Add($"{file}:{i + 1}: {password.Value}");
        }
        Assert.True(found.Count == 0, "secrets in the repository:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("data/keys/key-1.xml")]
    [InlineData("src/ParIndex/data/keys/key-1.xml")]
    [InlineData("src/ParIndex/data/parindex.db")]
    [InlineData("src/ParIndex/bin/Release/net10.0/data/evidence/ab/abcdef")]
    public void What_the_app_writes_at_run_time_is_ignored_by_git(string path) =>
        Assert.Equal(path, Git("check-ignore", "--no-index", path).Trim());

    [Fact]
    public void The_patterns_find_what_they_are_for()
    {
        Assert.Matches(KeyMaterial(), "<" + "masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\">");
        Assert.Matches(KeyMaterial(), "-----BEGIN RSA PRIVATE " + "KEY-----");
        Assert.Matches(KeyMaterial(), "Authorization: Bearer pxi_" + new string('a', 43));
        Assert.Matches(LiteralPassword(), "Host=db;Username=parindex;Pass" + "word=hunter2;");
        Assert.DoesNotMatch(LiteralPassword(), "Host=db;Username=parindex;Password=…");
        Assert.DoesNotMatch(LiteralPassword(), "Password=$PGPASSWORD");
        Assert.DoesNotMatch(LiteralPassword(), "--password-stdin");
        Assert.DoesNotMatch(LiteralPassword(), "var password = Environment.GetEnvironmentVariable(\"PARINDEX_BENCH_PASSWORD\");");
    }

    private static string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: exit {git.ExitCode} {error}");
        return output;
    }
}
