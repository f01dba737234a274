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
        ("facts.source", "Nguồn: {0}, ngày {1}", "Source: {0}, figures of {1}"),
        ("facts.of", "{0}, chỉ số {1}: {2}", "{0}, indicator {1}: {2}"),
        ("facts.no-column", "Thiếu cột “{0}” (hoặc “{1}”)", "Missing the column “{1}” (or “{0}”)"),
        ("facts.empty-cell", "Ô “{0}” để trống", "The “{0}” cell is empty"),
        ("facts.not-a-date", "{0} không phải ngày dạng dd/MM/yyyy", "{0} is not a date like dd/MM/yyyy"),
        ("facts.future-date", "Ngày số liệu {0} sau ngày hôm nay", "The figures' date {0} is after today"),
        ("facts.no-unit", "Không có đơn vị {0}", "There is no unit {0}"),
        ("facts.no-dossier", "Đơn vị {0} không có hồ sơ trong kỳ đánh giá này", "Unit {0} has no dossier in this period"),
        ("facts.twice", "đã có ở dòng {0}", "already given on row {0}"),
        ("facts.refused-by-rule", "{0} không nhận số liệu này: {1}", "{0} cannot take this figure: {1}"),
        ("facts.change", "{0}, chỉ số {1}: {2} → {3}", "{0}, indicator {1}: {2} → {3}"),
        ("facts.new", "{0}, chỉ số {1}: mới {2}", "{0}, indicator {1}: new {2}"),
        ("facts.imported", "Đã nhập {0} số liệu: {1} mới, {2} thay đổi, {3} không đổi; {4} mục được điền lại", "Imported {0} figures: {1} new, {2} changed, {3} unchanged; {4} items filled again"),
        ("facts.to-confirm", "{0} số liệu khác lần nhập trước; xem các thay đổi và xác nhận để áp dụng", "{0} figures differ from the last import; review the changes and confirm to apply them"),
        ("facts.read-only", "{0} lấy số liệu từ nguồn chính thức (chỉ số {1}); đơn vị không tự chấm mục này và có thể giải trình sau thẩm định",
            "{0} takes its figure from an official source (indicator {1}); the unit does not enter it and may appeal after the appraisal"),
        ("facts.map.no-leaf", "Không có tiêu chí thành phần {0} trong bộ chỉ số của kỳ", "There is no sub-criterion {0} in the period's frameworks"),
        ("facts.map.wrong-kind", "{0} không nhận số liệu dạng này: tiêu chí nhận {1}", "{0} cannot take this kind of figure: it takes {1}"),
        ("facts.to-review", "{0} số liệu mới, {1} thay đổi, {2} không đổi; xem lại từng dòng rồi xác nhận để áp dụng", "{0} new figures, {1} changed, {2} unchanged; read each row, then confirm to apply them"),
        ("facts.map.not-mapped", "{0} chưa gắn chỉ số nào", "{0} is not mapped to an indicator"),
        ("facts.unmapped", "Đã bỏ chỉ số {0} khỏi {1}: đơn vị tự chấm lại mục này; số liệu đã nhập và điểm đã điền vẫn được giữ trong sổ điểm",
            "Indicator {0} no longer fills {1}: the unit enters this item again; the figures imported and the scores filled are kept in the ledger"),
        ("accept-all.reason", "Đồng ý với điểm tự chấm", "Agreed with the self-assessed score"),
        ("accept-all.not-an-area", "{0} không phải một lĩnh vực của bộ chỉ số {1}", "{0} is not an area of framework {1}"),
        ("accept-all.stale", "Các mục chưa thẩm định của lĩnh vực {0} đã thay đổi từ khi bạn mở trang (nay còn {1} mục); hãy xem lại rồi bấm lại",
            "The items of area {0} not yet appraised changed since you opened the page ({1} now); review them and try again"),
        ("accept-all.done", "Đã đồng ý với điểm tự chấm của {0} mục thuộc lĩnh vực {1}", "Agreed with the self-assessed score of {0} items of area {1}"),
        ("facts.mapped", "Chỉ số {0} điền {1}", "Indicator {0} fills {1}"),
    ];
}
