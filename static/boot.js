// Shows the error state when the page cannot start at all (the WebAssembly file
// failed to load or compile), which Rust code cannot report itself.
(function () {
  "use strict";
  var root = document.documentElement;
  function fail(detail) {
    if (root.getAttribute("data-viz-state") !== "loading") return;
    root.setAttribute("data-viz-state", "error");
    var status = document.getElementById("status");
    if (!status) return;
    status.textContent = "";
    status.classList.add("status-error");
    var strong = document.createElement("strong");
    strong.textContent = "The results could not be shown";
    var span = document.createElement("span");
    span.className = "status-detail";
    span.textContent = detail;
    status.appendChild(strong);
    status.appendChild(span);
  }
  window.addEventListener("unhandledrejection", function (e) {
    var r = e.reason;
    fail("The page could not start: " + (r && r.message ? r.message : String(r)));
  });
  // A start that takes this long has failed silently (e.g. a blocked script).
  window.setTimeout(function () {
    fail("The page did not finish loading. Check the connection and reload.");
  }, 30000);
})();
