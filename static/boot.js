// Shows the error state when the page cannot start at all (the WebAssembly file
// failed to load or compile), which Rust code cannot report itself, and when the
// wasm traps: the release build aborts at once on a Rust panic (no panic hook, see
// src/web/fatal.rs), which reaches the page as a WebAssembly.RuntimeError thrown
// out of a call into the wasm (an event, a timer, a task, the start).
(function () {
  "use strict";
  var root = document.documentElement;
  function fail(detail, always) {
    if (!always && root.getAttribute("data-viz-state") !== "loading") return;
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
  // A trap, at any time: the wasm says it in the page's language, else these words.
  function trapped(err) {
    if (typeof WebAssembly === "undefined" || !(err instanceof WebAssembly.RuntimeError)) return false;
    // Already said: a dataset's error, or a debug build's panic hook with the
    // panic's own message, which the trap that follows must not replace.
    if (root.getAttribute("data-viz-state") === "error") return true;
    var wasm = window.wasmBindings;
    try {
      if (wasm && wasm.report_trap) {
        wasm.report_trap(String(err.message));
        return true;
      }
    } catch (_) {
      // The wasm cannot speak any more: say it here.
    }
    fail("Internal error: " + err.message, true);
    return true;
  }
  window.addEventListener("error", function (e) {
    trapped(e.error);
  });
  window.addEventListener("unhandledrejection", function (e) {
    var r = e.reason;
    if (trapped(r)) return;
    fail("The page could not start: " + (r && r.message ? r.message : String(r)));
  });
  // A start that takes this long has failed silently (e.g. a blocked script).
  window.setTimeout(function () {
    fail("The page did not finish loading. Check the connection and reload.");
  }, 30000);
})();
