// Henan Urban Renewal Explorer: host-page script for embeds. Sizes every explorer iframe on the
// page to its content. Mark each frame, and add this script once, after the frames (or later: it
// asks each frame for its height):
//   <iframe src="https://…/embed/compare-green-coverage-rate.html" data-renewal-explorer
//           title="…" loading="lazy" width="100%" height="560" style="border:0"></iframe>
// then a script element with src="https://…/embed.js" and async. It works from anywhere: from the
// explorer's folder, copied onto the publisher's own server, or pasted inline by a tag manager
// (this text holds no closing script tag, so it can be pasted whole).
// Trust: a message is used only if it comes from the window of an iframe marked
// data-renewal-explorer, and from that frame's own origin (the origin of its src), or from the
// origin this script was served from when it was loaded from the explorer (so a frame whose
// address redirects, http → https or a short link, still resizes). Unmarked frames are left
// alone; heights are clamped. Each frame's state message ({type: "renewal-explorer:state", …})
// is passed on as a "renewal-explorer:state" DOM event on its iframe, for an article that
// follows what its reader explores.
(function () {
  "use strict";
  if (window.__renewalExplorerEmbed) return;
  window.__renewalExplorerEmbed = true;
  var script = document.currentScript;
  var served = originOf(script && script.src);
  var home = served && served !== location.origin ? served : null;

  function originOf(address) {
    if (!address) return null;
    try {
      var origin = new URL(address, document.baseURI).origin;
      return origin === "null" ? null : origin;
    } catch (e) {
      return null;
    }
  }

  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll("iframe[data-renewal-explorer]"), function (f) {
      return !!f.contentWindow;
    });
  }

  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.type !== "string") return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (event.origin !== originOf(frame.getAttribute("src")) && event.origin !== home) return;
    if (data.type === "renewal-explorer:height") {
      var height = Number(data.height);
      if (!isFinite(height) || height <= 0) return;
      frame.style.height = Math.min(Math.max(height, 120), 20000) + "px";
    } else if (data.type === "renewal-explorer:state") {
      frame.dispatchEvent(new CustomEvent("renewal-explorer:state", { detail: data }));
    }
  });

  // A script that arrives after the frames have rendered (tag managers, lazy widgets) asks each
  // for its height; frames that load later report it themselves.
  function ask(frame) {
    var origin = originOf(frame.getAttribute("src")) || home;
    if (frame.contentWindow && origin) {
      frame.contentWindow.postMessage({ type: "renewal-explorer:height-request" }, origin);
    }
  }
  frames().forEach(function (frame) {
    ask(frame);
    frame.addEventListener("load", function () { ask(frame); });
  });
})();
