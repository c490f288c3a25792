// Henan Urban Renewal Explorer: host-page script for embeds. Sizes every explorer iframe on the
// page to its content. Add it once, after the iframes:
//   <iframe src="https://…/?view=charts&embed=1" data-renewal-explorer loading="lazy"
//           width="100%" height="820" style="border:0"></iframe>
//   <script src="https://…/embed.js" async></script>
// Origin rules: a height is accepted only from the window of an iframe marked
// data-renewal-explorer (or whose src loads this script's own embed pages), and only when the
// message comes from that iframe's own origin. Anything else is ignored. Heights are clamped.
(function () {
  "use strict";
  if (window.__renewalExplorerEmbed) return;
  window.__renewalExplorerEmbed = true;
  var script = document.currentScript;
  var home = script ? new URL(".", script.src).href : null;

  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName("iframe"), function (f) {
      return f.hasAttribute("data-renewal-explorer") || (home && f.src.indexOf(home) === 0);
    });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "renewal-explorer:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      frame.style.height = Math.min(Math.max(height, 120), 20000) + "px";
    });
  });
})();
