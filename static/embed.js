// impact-atlas embed helper. Include it on the host page next to the iframe:
//   <iframe src="https://…/impact-atlas/?mode=embed" title="…" style="width:100%;border:0"></iframe>
//   <script src="https://…/impact-atlas/embed.js" async></script>
// The page posts {type: "impact-atlas:resize", height} whenever its height changes;
// this script sets the height of the iframe that sent it (as Datawrapper and
// Flourish embeds do), so the iframe never shows a scrollbar.
(function () {
  "use strict";
  if (window.__impactAtlasEmbed) return;
  window.__impactAtlasEmbed = true;
  // The embedded page speaks the host page's language unless its link names one.
  var hostLang = (document.documentElement.lang || "").slice(0, 2).toLowerCase();
  var frames0 = document.getElementsByTagName("iframe");
  for (var j = 0; j < frames0.length; j++) {
    var src = frames0[j].getAttribute("src") || "";
    if (hostLang && /[?&]mode=embed\b/.test(src) && !/[?&]lang=/.test(src)) {
      frames0[j].setAttribute("src", src + "&lang=" + encodeURIComponent(hostLang));
    }
  }
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.type !== "impact-atlas:resize" || typeof d.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(d.height) + "px";
      }
    }
  });
})();
