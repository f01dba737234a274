using System.CommandLine;
using ParIndex.App.Features.Users;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Commands;

/// <summary><c>parindex user add</c>: creates a user who signs in with a password, in one role.</summary>
internal static class UserCommand
{
    public static Command Create(DatabaseOptions database, TextReader? input)
    {
        var name = new Option<string>("--name") { Description = Cli.T("Tên đăng nhập", "username"), Required = true };
        var password = new Option<string?>("--password") { Description = Cli.T("Mật khẩu (lộ trong lịch sử lệnh; nên dùng --password-stdin)", "password (visible in shell history; prefer --password-stdin)") };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = Cli.T("Đọc mật khẩu từ dòng đầu của đầu vào chuẩn", "read the password from the first line of standard input") };
        var role = new Option<Role>("--role") { Description = Cli.T("Vai trò: ", "Role: ") + string.Join(", ", Enum.GetNames<Role>()), Required = true };
        var unit = new Option<string?>("--unit") { Description = Cli.T("Mã đơn vị, bắt buộc với UnitEditor, UnitLead", "unit code, required for UnitEditor and UnitLead") };
        var displayName = new Option<string?>("--display-name") { Description = Cli.T("Họ tên hiển thị", "display name") };
        var email = new Option<string?>("--email") { Description = Cli.T("Thư điện tử", "email") };

        var add = database.With(new Command("add", Cli.T("Thêm người dùng", "add a user")) { name, password, passwordStdin, role, unit, displayName, email });
        add.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var given = parsed.GetValue(password);
            var fromStdin = parsed.GetValue(passwordStdin);
            if ((given is null) == !fromStdin)
                throw new UsageException(CliMessages.PasswordOneOf());
            var secret = fromStdin ? ((input ?? Console.In).ReadLine() ?? "").TrimEnd('\r', '\n') : given!;
            if (!fromStdin)
                parsed.InvocationConfiguration.Error.WriteLine(CliMessages.PasswordOnLine().In(Cli.Language));

            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var user = await new AddUserHandler(db, database.Clock).HandleAsync(actor,
                new AddUser(parsed.GetValue(name)!, secret, parsed.GetValue(role), parsed.GetValue(unit), parsed.GetValue(displayName), parsed.GetValue(email)), ct);
            parsed.InvocationConfiguration.Output.WriteLine(
                (user.UnitCode is { } unitCode ? CliMessages.UnitUserAdded(user.UserName, user.Role, unitCode) : CliMessages.UserAdded(user.UserName, user.Role)).In(Cli.Language));
            return Cli.Ok;
        }));
        return new Command("user", Cli.T("Người dùng", "users")) { add };
    }
}
