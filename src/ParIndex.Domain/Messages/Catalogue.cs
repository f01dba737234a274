using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>
/// The one message catalogue: every code the Domain and the App raise, with its Vietnamese and English text. A text
/// holds <c>{0}</c>, <c>{1}</c>… for the message's arguments, which are rendered by type in the reader's language —
/// numbers and dates in vi-VN in both (89,56; 31/03/2025 17:00), nodes as "tiêu chí 1.3.2", options by their labels,
/// units by name with their code. The texts are listed by family in the partial files beside this one.
/// </summary>
public static partial class Catalogue
{
    private static readonly Dictionary<string, (string Vi, string En)> Texts = Load();

    /// <summary>Every code with its two texts, for the tests that check them.</summary>
    public static IReadOnlyDictionary<string, (string Vi, string En)> Entries => Texts;

    public static string Render(Message message, Language language)
    {
        if (!Texts.TryGetValue(message.Code, out var text))
            return message.Code + (message.Args.Count == 0 ? "" : " " + string.Join(", ", message.Args.Select(a => Arg(a, language))));
        var template = language == Language.En ? text.En : text.Vi;
        var rendered = Placeholder().Replace(template, m =>
        {
            var i = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return i < message.Args.Count ? Arg(message.Args[i], language) : m.Value;
        });
        // A sentence that opens with a word of the catalogue ("tiêu chí 1.3.2 …") starts with a capital; one that opens
        // with a name or a file stays as written.
        var opensWithWord = template.StartsWith("{0}", StringComparison.Ordinal) && message.Args is [Message or Criterion, ..];
        return opensWithWord && rendered.Length > 0 ? char.ToUpper(rendered[0], CultureInfo.InvariantCulture) + rendered[1..] : rendered;
    }

    /// <summary>The distinct placeholder numbers a text uses.</summary>
    public static IReadOnlySet<int> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>One argument in the reader's language.</summary>
    public static string Arg(object? arg, Language language)
    {
        var en = language == Language.En;
        return arg switch
        {
            null => "",
            Message m => Render(m, language),
            string s => s,
            decimal d => NumberText.Vi(d),
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            Points p => NumberText.Vi(Publish.Round(p.Value)) + (en ? (Publish.Round(p.Value) == 1m ? " point" : " points") : " điểm"),
            Percent p => NumberText.PercentVi(Publish.Round(p.Ratio, 4)),
            Typed t => Render(t.Shown, language),
            Both b => en ? b.En : b.Vi,
            Choice c => en ? c.LabelEn ?? c.Label : c.Label,
            Verdict v => (v.Passed, en) switch { (true, false) => "Đạt", (false, false) => "Không đạt", (true, true) => "Passed", _ => "Failed" },
            UnitName u => u.Name is { Length: > 0 } name ? $"{name} ({u.Code})" : u.Code,
            Criterion c => (en ? "criterion " : "tiêu chí ") + c.Code,
            Listing l => List(l, language),
            Alternatives a => Or(a, language),
            SubmissionState s => en ? WorkflowText.En(s) : WorkflowText.Vi(s),
            PeriodState s => en ? WorkflowText.En(s) : WorkflowText.Vi(s),
            Role r => en ? WorkflowText.En(r) : WorkflowText.Vi(r),
            SubmissionAction a => en ? WorkflowText.En(a) : WorkflowText.Vi(a),
            DateTimeOffset t => WorkflowText.Time(t),
            DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ => Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "",
        };
    }

    private static string List(Listing listing, Language language)
    {
        var text = new StringBuilder(string.Join(listing.Separator, listing.Items.Take(listing.Shown).Select(i => Arg(i, language))));
        var more = listing.Items.Count - listing.Shown;
        if (more > 0) text.Append(language == Language.En ? $", … (and {more} more)" : $", … (và {more} mục khác)");
        return text.ToString();
    }

    private static string Or(Alternatives alternatives, Language language)
    {
        var names = alternatives.Items.Select(i => "“" + Arg(i, language) + "”").ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + (language == Language.En ? " or " : " hoặc ") + names[^1];
    }

    private static Dictionary<string, (string Vi, string En)> Load()
    {
        var texts = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal);
        foreach (var family in new[] { ScoringTexts(), LocationTexts(), WorkflowTexts(), ChecklistTexts(), CrosswalkTexts(), FactsTexts(), PageTexts(), ProgressTexts() })
            foreach (var (code, vi, en) in family)
                texts.Add(code, (vi, en));
        foreach (var (code, vi, en) in FaceTexts().Concat(CliTexts()).Concat(ErrorTexts()))
            texts.Add(code, (vi, en));
        foreach (var (code, vi, en) in AppTexts()) texts.Add(code, (vi, en));
        return texts;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
