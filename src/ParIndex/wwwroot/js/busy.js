// Long requests (a file uploaded and imported, a workbook built): while one runs, the form or link says so. A form
// marked data-busy turns aria-busy, shows its note (a live region, so a screen reader reads it) and disables its
// submit button against a second submission; the page the server answers with replaces it. A link marked data-busy is
// fetched here, so the note can end when the file has arrived; it is then saved under the server's file name. If the
// fetch fails, the browser follows the link itself and shows what the server says.
(function () {
  'use strict';

  function note(root) {
    var n = root.querySelector('[data-busy-note]');
    return n || (root.nextElementSibling && root.nextElementSibling.matches('[data-busy-note]') ? root.nextElementSibling : null);
  }

  function busy(root, on) {
    var n = note(root);
    if (on) root.setAttribute('aria-busy', 'true'); else root.removeAttribute('aria-busy');
    if (n) n.hidden = !on;
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.matches('form[data-busy]') || e.defaultPrevented) return;
    if (form.getAttribute('aria-busy') === 'true') { e.preventDefault(); return; }
    busy(form, true);
    // Disabled only after this turn, so the button's own name and value are still submitted.
    setTimeout(function () {
      form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  // Back from the browser's page cache: the form is idle again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-busy][aria-busy]').forEach(function (form) {
      busy(form, false);
      form.querySelectorAll('button, input[type=submit]').forEach(function (b) { b.disabled = false; });
    });
  });

  function fileName(response) {
    var header = response.headers.get('Content-Disposition') || '';
    var utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (utf8) return decodeURIComponent(utf8[1]);
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : 'download';
  }

  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-busy]');
    if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') return;
    busy(link, true);
    fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = fileName(response);
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
        busy(link, false);
      });
    }).catch(function () {
      busy(link, false);
      window.location.href = link.href;
    });
  });
})();
