namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> FactsTexts() =>
    [
        ("evidence.at.pages", "trang {0}", "pages {0}"),
        ("evidence.at.pages-section", "trang {0}, {1}", "pages {0}, {1}"),
        ("evidence.pages.not-a-page", "{0} không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7", "{0} is not a page; write e.g. 3, 3–5 or 3, 7"),
        ("evidence.pages.zero", "Số trang bắt đầu từ 1", "Pages are numbered from 1"),
        ("evidence.pages.backwards", "Khoảng trang {0}–{1} bị ngược: trang đầu phải nhỏ hơn trang cuối", "The page range {0}–{1} is backwards: the first page must come before the last"),
        ("evidence.pages.too-many", "Ghi tối đa {0} trang hoặc khoảng trang", "Cite at most {0} pages or page ranges"),
        ("evidence.section.too-long", "Mục, điều dài quá {0} ký tự", "The section or article is longer than {0} characters"),
    ];
}
