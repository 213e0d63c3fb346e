// impact-atlas embed helper. Include it on the host page next to the iframe:
//   <iframe src="https://…/impact-atlas/?mode=embed" title="…" style="width:100%;border:0"></iframe>
//   <script src="https://…/impact-atlas/embed.js" integrity="sha384-…" crossorigin="anonymous" async></script>
// The page posts {type: "impact-atlas:resize", height} whenever its height changes;
// this script sets the height of the iframe that sent it (as Datawrapper and
// Flourish embeds do), so the iframe never shows a scrollbar.
//
// It runs with full rights on a partner's page, among frames it does not know
// (adverts, other widgets), so it trusts none of them: it acts only on iframes
// whose address is in the folder embed.js itself was loaded from, only on
// messages from that origin sent by one of those iframes, and only with a
// height in a sane range.
(function () {
  "use strict";
  if (window.__impactAtlasEmbed) return;
  window.__impactAtlasEmbed = true;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base;
  try {
    base = new URL(".", script.src);
  } catch (err) {
    return;
  }
  var ORIGIN = base.origin;
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 20000;

  // The frame's address when it is one of ours (same origin, under embed.js's
  // folder), else null.
  function ours(frame) {
    var src = frame.getAttribute("src");
    if (!src) return null;
    var url;
    try {
      url = new URL(src, document.baseURI);
    } catch (err) {
      return null;
    }
    if (url.origin !== ORIGIN || url.pathname.indexOf(base.pathname) !== 0) return null;
    return url;
  }

  // The embedded page speaks the host page's language unless its link names one.
  var hostLang = (document.documentElement.lang || "").slice(0, 2).toLowerCase();
  if (/^[a-z]{2}$/.test(hostLang)) {
    var all = document.getElementsByTagName("iframe");
    for (var j = 0; j < all.length; j++) {
      var url = ours(all[j]);
      if (url && url.searchParams.get("mode") === "embed" && !url.searchParams.has("lang")) {
        url.searchParams.set("lang", hostLang);
        // The snippet's iframe is loading="lazy": Chromium sometimes went on to load
        // the first address of a lazy frame after its src changed (1 load in 4 in
        // e2e/embed-hostile.test.mjs), so the frame loads at once with the new one.
        all[j].loading = "eager";
        all[j].setAttribute("src", url.href);
      }
    }
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== ORIGIN || !e.source) return;
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "impact-atlas:resize") return;
    var h = d.height;
    if (typeof h !== "number" || !isFinite(h)) return;
    h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source && ours(frames[i])) {
        frames[i].style.height = h + "px";
      }
    }
  });
})();
