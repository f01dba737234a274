using System.Text.Json.Nodes;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Text;

namespace ParIndex.App.Crosswalks;

/// <summary>
/// The JSON crosswalk format (docs/formats.md): <c>{"from": edition, "to": edition, "links": [{"from", "to", "kind",
/// "share", "note"}]}</c>, with <c>fromName</c>, <c>toName</c> and <c>similarity</c> written for the reader and ignored on
/// reading. Reading reports every problem at once, each with its JSON path and node code.
/// </summary>
public static class CrosswalkJson
{
    public static CrosswalkFile Read(string json, string file)
    {
        var problems = new List<ImportProblem>();
        using (var document = JsonFields.Parse(json, file))
        {
            var f = new JsonFields(document.RootElement, "$", file, null, problems);
            var from = f.String("from", required: true);
            var to = f.String("to", required: true);
            var links = f.Array("links", required: true).Select(l => ReadLink(f.Child(l.Item, l.Path))).ToList();
            f.RejectUnknown();
            ImportException.ThrowIfAny(problems);
            return new CrosswalkFile(new Crosswalk(from!, to!, links!), file, p => new ImportProblem(file,
                (p.Link is { } i ? $"$.links[{i}]" + FieldPath(p.Field) + ": " : "") + p.Message, Node: p.Node));
        }
    }

    public static string Write(string from, string to, IReadOnlyList<CrosswalkRow> rows)
    {
        var links = new JsonArray();
        foreach (var row in rows)
        {
            var l = row.Link;
            var o = new JsonObject();
            if (l.From is not null) o["from"] = l.From;
            if (row.FromName is not null) o["fromName"] = row.FromName;
            if (l.To is not null) o["to"] = l.To;
            if (row.ToName is not null) o["toName"] = row.ToName;
            o["kind"] = Crosswalk.Name(l.Kind);
            if (l.Share != 1) o["share"] = Json.Number(l.Share);
            if (row.Similarity is { } s) o["similarity"] = Json.Number(Domain.Numbers.Publish.Round(s, 4));
            if (l.Note is not null) o["note"] = l.Note;
            links.Add(o);
        }
        return Json.Write(new JsonObject { ["from"] = from, ["to"] = to, ["links"] = links });
    }

    private static CrosswalkLink? ReadLink(JsonFields f)
    {
        var from = Code(f, "from");
        var to = Code(f, "to");
        f.Node = from ?? to;
        f.String("fromName");
        f.String("toName");
        f.Decimal("similarity");
        var kindText = f.String("kind", required: true);
        var kind = CrosswalkKinds.Parse(kindText);
        if (kindText is not null && kind is null) f.Problem(f.PathOf("kind"), $"'{Excerpt.Of(kindText)}' is not a kind of link: {CrosswalkKinds.Expected}");
        var share = f.Decimal("share") ?? 1m;
        var note = f.String("note");
        f.RejectUnknown();
        return kind is null ? null : new CrosswalkLink(from, to, kind.Value, share, note);
    }

    /// <summary>A node code, null when absent or blank.</summary>
    private static string? Code(JsonFields f, string name) => f.String(name) is { } s && s.Trim().Length > 0 ? s.Trim() : null;

    private static string FieldPath(CrosswalkField? field) => field switch
    {
        CrosswalkField.From => ".from",
        CrosswalkField.To => ".to",
        CrosswalkField.Kind => ".kind",
        CrosswalkField.Share => ".share",
        _ => "",
    };
}
