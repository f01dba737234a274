// Self-assessment form: "not applicable" greys out the result fields of its sub-criterion (the server reads NA first
// either way), so what is entered and what counts are never confused.
(function () {
    "use strict";

    function sync(box) {
        var group = box.closest(".sa-inputs");
        if (!group) return;
        group.querySelectorAll("input, select").forEach(function (field) {
            if (field !== box && field.type !== "hidden" && field.name) {
                field.disabled = box.checked;
            }
        });
    }

    document.addEventListener("change", function (e) {
        if (e.target.matches && e.target.matches(".sa-na input[type=checkbox]")) sync(e.target);
    });
    document.querySelectorAll(".sa-na input[type=checkbox]").forEach(sync);
})();
