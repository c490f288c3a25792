// Henan Urban Renewal Explorer: copy buttons and the share sheet. A button with data-copy="ID"
// selects the field ID and copies it; the outcome goes into the button's status span (read out
// by screen readers). Opening a share panel (its summary has data-share-url) where the browser
// has a share sheet (phones) also opens the sheet, with the page's title and that link.
// Plain JS with one delegated listener costs far fewer bytes than the same in the wasm, and
// execCommand works on plain-http hosts where the async Clipboard API does not.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var summary = event.target.closest && event.target.closest("summary[data-share-url]");
    if (summary) {
      var url = summary.getAttribute("data-share-url");
      // Only when opening: closing the panel is not a request to share.
      if (url && navigator.share && !summary.parentNode.open) {
        var title = summary.getAttribute("data-share-title") || document.title;
        // A cancelled sheet rejects; the panel, opened by the same tap, stays for copying.
        navigator.share({ title: title, url: url }).catch(function () {});
      }
      return;
    }
    var button = event.target.closest && event.target.closest("button[data-copy]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) return;
    field.focus();
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    var status = button.parentNode.querySelector("[data-copy-status]");
    if (status) status.textContent = button.getAttribute(copied ? "data-done" : "data-fail");
  });
})();
