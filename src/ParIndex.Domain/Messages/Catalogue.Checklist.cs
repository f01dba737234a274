namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> ChecklistTexts() =>
    [
        ("checklist.move.publish", "công bố kết quả", "publish the results"),
        ("checklist.move.stage", "chuyển sang giai đoạn “{0}”", "move to “{0}”"),
        ("checklist.line", "{0}: {1} — {2}", "{0}: {1} — {2}"),
        ("checklist.open-before", "Việc chưa xong trước khi chuyển sang “{0}”:", "Open items before the move to “{0}”:"),
        ("checklist.confirm-with-yes", "Chưa thay đổi gì. Xem lại các mục trên rồi chạy lại với --yes để xác nhận chúng",
            "Nothing changed. Review the items above and run again with --yes to confirm them"),
        ("checklist.bullet", "- {0}", "- {0}"),
        ("checklist.lines", "{0}", "{0}"),
        ("checklist.blocked", "Chưa thể {0}:\n{1}", "Cannot {0} yet:\n{1}"),
        ("checklist.unconfirmed", "Còn việc chưa xong trước khi {0}; cần xác nhận lần hai, nêu đúng các mục sau:\n{1}",
            "Open items remain before you {0}; confirm them a second time:\n{1}"),
        ("checklist.changed", "Các mục chưa xong đã thay đổi từ khi được xác nhận; hãy xem lại và xác nhận lần nữa:\n{0}",
            "The open items changed since they were confirmed; review them and confirm again:\n{0}"),
    ];
}
