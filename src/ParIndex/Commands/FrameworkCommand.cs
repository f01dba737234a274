using System.CommandLine;
using ParIndex.App.Crosswalks;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex framework check|convert|diff|import</c>: validate a framework, convert it between JSON and XLSX, propose
/// a crosswalk between two editions, or store it in the database as an edition periods can use.
/// </summary>
internal static class FrameworkCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var checkFile = new Argument<string>("file") { Description = Cli.T("Tệp bộ chỉ số (.json hoặc .xlsx)", "Framework file (.json or .xlsx)") };
        var check = new Command("check", Cli.T("Kiểm tra bộ chỉ số", "report every problem in a framework")) { checkFile };
        check.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var framework = FrameworkFiles.Load(parsed.GetValue(checkFile)!);
            var compiled = CompiledFramework.Compile(framework);
            var areas = compiled.Contents.Count(c => c == ContentKind.Area);
            var criteria = compiled.Parent.Count(p => p >= 0 && compiled.Parent[p] < 0);
            var leaves = compiled.LeafNodes.Length;
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.FrameworkValid(framework.Code, framework.Name, areas,
                compiled.Contents.Contains(ContentKind.Survey), compiled.HasBonusContent, criteria, leaves, compiled.Max).In(Cli.Language));
            return Cli.Ok;
        }));

        var from = new Argument<string>("from") { Description = Cli.T("Bộ chỉ số cần đọc (.json hoặc .xlsx)", "Framework to read (.json or .xlsx)") };
        var to = new Argument<string>("to") { Description = Cli.T("Tệp cần ghi (.json hoặc .xlsx)", "File to write (.json or .xlsx)") };
        var convert = new Command("convert", Cli.T("Chuyển đổi JSON ⇄ XLSX", "convert a framework between formats")) { from, to };
        convert.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var framework = FrameworkFiles.Load(parsed.GetValue(from)!);
            var target = parsed.GetValue(to)!;
            Cli.WriteAtomically(target, FrameworkFiles.Render(framework, target));
            return Cli.Ok;
        }));

        var earlier = new Argument<string>("from") { Description = Cli.T("Ấn bản bộ chỉ số năm trước (.json hoặc .xlsx)", "Last year's framework edition (.json or .xlsx)") };
        var later = new Argument<string>("to") { Description = Cli.T("Ấn bản bộ chỉ số năm nay (.json hoặc .xlsx)", "This year's framework edition (.json or .xlsx)") };
        var proposalOut = new Option<string?>("--out") { Description = Cli.T("Tệp bảng ánh xạ cần ghi (.json hoặc .xlsx; mặc định: JSON ra màn hình)", "Crosswalk file to write (.json or .xlsx; default: JSON on standard output)") };
        var diff = new Command("diff", Cli.T("Đề xuất bảng ánh xạ giữa hai ấn bản", "propose a crosswalk between two framework editions")) { earlier, later, proposalOut };
        diff.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var a = CompiledFramework.Compile(FrameworkFiles.Load(parsed.GetValue(earlier)!));
            var b = CompiledFramework.Compile(FrameworkFiles.Load(parsed.GetValue(later)!));
            var proposal = CrosswalkProposal.Propose(a, b);
            var rows = CrosswalkRow.Of(proposal, a, b);
            if (parsed.GetValue(proposalOut) is not { } target)
            {
                parsed.InvocationConfiguration.Output.Write(CrosswalkJson.Write(a.Framework.Code, b.Framework.Code, rows));
                return Cli.Ok;
            }
            Cli.WriteAtomically(target, CrosswalkFiles.Render(a.Framework.Code, b.Framework.Code, rows, target));
            parsed.InvocationConfiguration.Output.WriteLine(
                CliMessages.CrosswalkProposed(a.Framework.Code, b.Framework.Code, CrosswalkKinds.Summary(proposal.Select(p => p.Link))).In(Cli.Language));
            return Cli.Ok;
        }));

        var importFile = new Argument<string>("file") { Description = Cli.T("Tệp bộ chỉ số (.json hoặc .xlsx)", "Framework file (.json or .xlsx)") };
        var import = database.With(new Command("import", Cli.T("Nhập bộ chỉ số vào cơ sở dữ liệu", "store a framework edition in the database")) { importFile });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var edition = await new ImportFrameworkHandler(db, database.Clock).HandleAsync(actor, new ImportFramework(parsed.GetValue(importFile)!), ct);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.FrameworkStored(edition.Code, edition.Name, edition.Group, edition.Sha256).In(Cli.Language));
            return Cli.Ok;
        }));

        return new Command("framework", Cli.T("Bộ chỉ số", "frameworks")) { check, convert, diff, import };
    }
}
