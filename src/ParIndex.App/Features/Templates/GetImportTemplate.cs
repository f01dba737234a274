using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Templates;

/// <summary>
/// A filled template for one of the imports, as an Excel workbook: the first sheet is the file the import reads (its
/// header and example rows, naming this installation's own units where it has some, so the file imports as it is),
/// the sheet "Hướng dẫn" says what each column takes. Kinds: see <see cref="Kinds"/>.
/// </summary>
public sealed record GetImportTemplate(string Kind);

public sealed record ImportTemplate(string FileName, byte[] Content);

public sealed class GetImportTemplateHandler(AppDbContext db)
{
    public const string HelpSheet = "Hướng dẫn";

    public static readonly IReadOnlyList<string> Kinds = ["accounts"];

    public async Task<ImportTemplate> HandleAsync(Actor actor, GetImportTemplate request, CancellationToken ct = default)
    {
        Access.Require(actor, "tải tệp mẫu để nhập / download import templates", Role.Admin, Role.Secretariat);
        var kind = request.Kind.Trim().ToLowerInvariant();
        var sheets = kind switch
        {
            "accounts" => await AccountsAsync(actor, ct),
            _ => throw new NotFoundException($"Không có mẫu '{request.Kind}'; có: {string.Join(", ", Kinds)} / No template '{request.Kind}'; there are: {string.Join(", ", Kinds)}"),
        };
        return new ImportTemplate($"mau-{kind}.xlsx", XlsxWriter.Write(sheets));
    }

    private async Task<IReadOnlyList<Sheet>> AccountsAsync(Actor actor, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => u.Code).FirstOrDefaultAsync(ct) ?? "SNV";
        var login = new string([.. unit.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')]);
        var rows = new List<IReadOnlyList<object?>>
        {
            AccountFile.Columns,
            new object?[] { $"can-bo.{login}", "Nguyễn Văn An", AccountFile.Words[Role.UnitEditor][0], unit, "an.nguyen@example.gov.vn" },
            new object?[] { $"lanh-dao.{login}", "Trần Thị Bình", AccountFile.Words[Role.UnitLead][0], unit, null },
        };
        if (actor.Is(Role.Admin)) rows.Add(["tham-dinh.1", "Lê Văn Cường", AccountFile.Words[Role.Appraiser][0], null, null]);
        return [new Sheet("Tài khoản", rows), Help(
            ("username", "bắt buộc", "Tên đăng nhập: chữ cái không dấu, chữ số và - . _ @ +; không trùng", "Username: letters without diacritics, digits and - . _ @ +; unique"),
            ("name", "tùy chọn", "Họ tên hiển thị", "Display name"),
            ("role", "bắt buộc", $"Vai trò, tiếng Anh hoặc tiếng Việt: {AccountFile.RoleList}", "Role, in English or Vietnamese"),
            ("unit", "với cán bộ, lãnh đạo đơn vị", "Mã đơn vị (như trong danh sách đơn vị); để trống với các vai trò khác", "Unit code, for unit officers and leaders only"),
            ("email", "tùy chọn", "Thư điện tử", "Email"))];
    }

    /// <summary>The help sheet: one row per column of the import.</summary>
    private static Sheet Help(params (string Column, string Required, string Vi, string En)[] columns) =>
        new(HelpSheet, [
            new object?[] { "Cột / Column", "Bắt buộc? / Required?", "Nội dung", "Meaning" },
            .. columns.Select(c => (IReadOnlyList<object?>)[c.Column, c.Required, c.Vi, c.En]),
            new object?[] { null, null, "Tệp có lỗi thì không lưu gì; mỗi lỗi ghi rõ dòng và cột. Trang đầu tiên là trang được nhập.", "Nothing is stored if the file has a problem; each names its row and column. The first sheet is the one imported." },
        ]);
}
