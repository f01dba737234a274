using System.CommandLine;
using System.Text.RegularExpressions;
using ParIndex.Commands;
using ParIndex.Domain.Tests.Messages;

namespace ParIndex.App.Tests.Cli;

/// <summary>
/// <c>parindex … --help</c> of every command in the tree reads in one language: Vietnamese by default (no English word of
/// the stop-list, no "tiếng Việt — English" glued in one description), English with <c>--en</c> (no Vietnamese). Option
/// names, value placeholders and literal values in backticks (column names, codes to type) are not words to read.
/// </summary>
public sealed partial class HelpTextTests
{
    public static IEnumerable<object[]> Commands() => Walk(ParIndexCli.Create(), []).Select(path => new object[] { string.Join(' ', path) });

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_speaks_vietnamese_by_default_and_english_with_en(string command)
    {
        string[] path = command.Length == 0 ? [] : command.Split(' ');
        var vi = CliRun.Of([.. path, "--help"]);
        Assert.True(vi.ExitCode == 0, vi.Error);
        var viTexts = Descriptions(vi.Out);
        Assert.NotEmpty(viTexts);
        foreach (var text in viTexts)
        {
            Assert.True(StopList.InVietnamese(text).Count == 0, $"parindex {command} --help: “{text}”: {string.Join(", ", StopList.InVietnamese(text))}");
            Assert.False(Glued(text), $"parindex {command} --help: “{text}” glues Vietnamese and English");
        }
        Assert.Contains("Xem hướng dẫn và cách dùng", vi.Out);
        Assert.Contains("Cách dùng:", vi.Out);
        Assert.DoesNotContain("Usage:", vi.Out);

        var en = CliRun.Of([.. path, "--help", "--en"]);
        Assert.True(en.ExitCode == 0, en.Error);
        foreach (var text in Descriptions(en.Out))
            Assert.True(StopList.InEnglish(text).Count == 0, $"parindex {command} --help --en: “{text}”: {string.Join(", ", StopList.InEnglish(text))}");
        Assert.Contains("Show help and usage information", en.Out);
        Assert.Contains("Usage:", en.Out);
    }

    [Fact]
    public void The_detector_sees_a_glued_description_and_passes_one_language()
    {
        Assert.True(Glued("Kỳ đánh giá — assessment periods"));
        Assert.False(Glued("Kỳ đánh giá"));
        Assert.False(Glued("ParIndex — Chỉ số cải cách hành chính"));
        Assert.Equal(["Năm đánh giá"], Descriptions("Tuỳ chọn:\n  --year <year> (bắt buộc)  Năm đánh giá\n"));
        Assert.NotEmpty(StopList.InVietnamese(Descriptions("Commands:\n  list  Danh sách — list the periods\n")[0]));
    }

    private static IEnumerable<string[]> Walk(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
            foreach (var deeper in Walk(sub, [.. path, sub.Name]))
                yield return deeper;
    }

    /// <summary>The texts to read in a help page: its description, and the second column of its options, arguments and commands.</summary>
    private static List<string> Descriptions(string help)
    {
        var texts = new List<string>();
        var section = "";
        foreach (var line in help.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Length == 0) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                section = line;
                continue;
            }
            if (section is "Usage:" or "Cách dùng:") continue;
            var text = section is "Description:" or "Mô tả:" ? line.Trim() : Row().Match(line) is { Success: true } row ? row.Groups[1].Value : line.Trim();
            text = Literal().Replace(text, " ").Trim();
            if (text.Length > 0) texts.Add(text);
        }
        return texts;
    }

    /// <summary>"tiếng Việt — English": a Vietnamese part, a dash, then a part with Latin letters and no Vietnamese.</summary>
    private static bool Glued(string text)
    {
        var dash = text.LastIndexOf(" — ", StringComparison.Ordinal);
        return dash > 0 && StopList.InEnglish(text[..dash]).Count > 0 && StopList.InEnglish(text[(dash + 3)..]).Count == 0
            && Regex.IsMatch(text[(dash + 3)..], @"[a-z]{2,}");
    }

    /// <summary>A row of options, arguments or commands: the name column, two spaces or more, the description.</summary>
    [GeneratedRegex(@"^\s+\S.*?\s{2,}(\S.*)$")]
    private static partial Regex Row();

    /// <summary>What is not prose: an option name, a placeholder, a literal in backticks, a default value.</summary>
    [GeneratedRegex(@"--?[\w-]+|<[^>]*>|`[^`]*`|\[(default|mặc định): [^\]]*\]")]
    private static partial Regex Literal();
}
