// Henan Urban Renewal Explorer: copy buttons. A button with data-copy="ID" selects the field ID
// and copies it; the outcome goes into the button's status span (read out by screen readers).
// Plain JS with one delegated listener costs far fewer bytes than the same in the wasm, and
// execCommand works on plain-http hosts where the async Clipboard API does not.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
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
