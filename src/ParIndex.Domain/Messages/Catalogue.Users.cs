namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> UserTexts() =>
    [
        ("user.unit-for-other-role", "Chỉ cán bộ và lãnh đạo đơn vị mới gắn với đơn vị, vai trò “{0}” thì không",
            "Only unit editors and unit leaders belong to a unit, not “{0}”"),
        ("user.role-needs-unit", "Vai trò “{0}” cần đơn vị", "The role “{0}” needs a unit"),
        ("user.email-invalid", "Thư điện tử {0} không hợp lệ", "Email {0} is invalid"),
        ("user.name-empty", "Thiếu tên đăng nhập", "The username is empty"),
        ("user.name-twice", "Tên đăng nhập {0} xuất hiện hai lần (lần đầu ở dòng {1})", "The username {0} is listed twice (first on line {1})"),
        ("user.not-a-role", "{0} không phải vai trò; dùng một trong: {1}", "{0} is not a role; use one of: {1}"),
        ("user.secretariat-unit-roles-only", "Cơ quan thường trực chỉ tạo tài khoản đơn vị, không tạo vai trò “{0}”",
            "The secretariat creates unit accounts only, not “{0}”"),
        ("user.exists", "Tài khoản {0} đã có với {1}; hãy sửa trong trang tài khoản", "The account {0} exists with {1}; change it on its account page"),
        ("user.current-password-wrong", "Mật khẩu hiện tại không đúng", "The current password is wrong"),
        ("user.new-passwords-differ", "Hai lần nhập mật khẩu mới không giống nhau", "The two new passwords differ"),
        ("user.new-password-same", "Mật khẩu mới phải khác mật khẩu hiện tại", "The new password must differ from the current one"),
        ("user.passwords-differ", "Hai lần nhập mật khẩu không giống nhau", "The two passwords differ"),
        ("user.own-admin-role", "Bạn không thể bỏ vai trò quản trị của chính mình", "You cannot remove your own administrator role"),
        ("user.own-account-disabled", "Bạn không thể khóa tài khoản của chính mình", "You cannot disable your own account"),
        ("user.disabled", "Tài khoản {0} đã bị khóa", "The account {0} is disabled"),
        ("user.disabled-enable-first", "Tài khoản {0} đang bị khóa; hãy mở khóa trước", "The account {0} is disabled; enable it first"),
        ("user.link-invalid", "Đường dẫn không đúng, đã dùng hoặc đã hết hạn; hãy xin đường dẫn mới", "The link is wrong, used or expired; ask for a new one"),
        ("identity.password-too-long", "Mật khẩu dài quá {0} ký tự", "Passwords must be at most {0} characters"),
        ("identity.password-too-short", "Mật khẩu phải có ít nhất {0} ký tự", "Passwords must be at least {0} characters"),
        ("identity.password-needs-digit", "Mật khẩu phải có ít nhất một chữ số (0–9)", "Passwords must have at least one digit ('0'-'9')"),
        ("identity.password-needs-upper", "Mật khẩu phải có ít nhất một chữ hoa (A–Z)", "Passwords must have at least one uppercase letter ('A'-'Z')"),
        ("identity.password-needs-lower", "Mật khẩu phải có ít nhất một chữ thường (a–z)", "Passwords must have at least one lowercase letter ('a'-'z')"),
        ("identity.password-needs-symbol", "Mật khẩu phải có ít nhất một ký tự đặc biệt", "Passwords must have at least one non-alphanumeric character"),
        ("identity.password-needs-unique", "Mật khẩu phải có ít nhất {0} ký tự khác nhau", "Passwords must use at least {0} different characters"),
        ("identity.name-taken", "Tên đăng nhập {0} đã có người dùng", "Username {0} is already taken"),
        ("identity.name-invalid", "Tên đăng nhập {0} không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và - . _ @ +",
            "Username {0} is invalid: use only letters without diacritics, digits and - . _ @ +"),
    ];
}
