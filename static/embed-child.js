// Henan Urban Renewal Explorer, inside an iframe: tell the host page our height whenever it
// changes, in the explorer's own message and in the AMP resize format, so embed.js, AMP
// (<amp-iframe resizable>) and CMS embeds can all size the frame. Does nothing outside a frame.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = -1;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "renewal-explorer:height", height: height }, "*");
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  post();
})();
