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

// Autosave that fails without an answer to show (a 5xx or any other error status, a dropped connection, a timeout): htmx
// swaps nothing then, so the last "Đã lưu" would stay beside a value the server never stored. Say "chưa lưu" instead,
// keep what the user entered (htmx never touches the fields) and offer to save it again; the version the next save
// sends stays the one the server last confirmed.
(function () {
    "use strict";

    function unsaved(e, kind) {
        var status = e.detail.target;
        var save = e.detail.elt;
        if (!status || !status.classList || !status.classList.contains("sa-status") || !save) return;
        status.querySelectorAll("p, div").forEach(function (old) { old.remove(); });
        var message = document.createElement("p");
        message.className = "sa-error sa-unsaved";
        message.setAttribute("role", "alert");
        message.setAttribute("data-testid", status.id.replace("save-", "unsaved-"));
        message.textContent = status.getAttribute(kind === "network" ? "data-unsaved-network" : "data-unsaved-server") + " ";
        var retry = document.createElement("button");
        retry.type = "button";
        retry.className = "sa-retry";
        retry.textContent = status.getAttribute("data-retry");
        retry.addEventListener("click", function () {
            retry.disabled = true;
            htmx.trigger(save, "change");
        });
        message.appendChild(retry);
        status.appendChild(message);
    }

    document.addEventListener("htmx:responseError", function (e) { unsaved(e, "server"); });
    document.addEventListener("htmx:sendError", function (e) { unsaved(e, "network"); });
    document.addEventListener("htmx:timeout", function (e) { unsaved(e, "network"); });
})();
