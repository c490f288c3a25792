// Henan Urban Renewal Explorer, inside an iframe: tell the host page our height whenever it
// changes, in the explorer's own message and in the AMP resize format, so embed.js, AMP
// (<amp-iframe resizable>) and CMS embeds can all size the frame; and answer a host that asks
// (embed.js loaded after we rendered). Does nothing outside a frame.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = -1;
  function send(height) {
    window.parent.postMessage({ type: "renewal-explorer:height", height: height }, "*");
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
  }
  function measure() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }
  function post() {
    var height = measure();
    if (height === last) return;
    last = height;
    send(height);
  }
  window.addEventListener("message", function (event) {
    // Only the page that holds this frame may ask; it gets the height and nothing else.
    if (event.source !== window.parent || !event.data || event.data.type !== "renewal-explorer:height-request") return;
    send(measure());
  });
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  post();
})();
