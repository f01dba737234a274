// Appraisal sheet: Enter on the option list saves, as it does in the text fields (a <select> ignores Enter).
document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key !== "Enter" || !(target instanceof HTMLSelectElement) || !target.form || !target.form.classList.contains("appraise")) return;
    event.preventDefault();
    target.form.requestSubmit();
});
