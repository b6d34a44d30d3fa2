// Keeps the simulated phone current: the worker sends texts a moment after
// they are queued, so the page re-reads itself while some are on the way.
(function () {
  "use strict";
  var screen = document.getElementById("phone-screen");
  if (!screen || !document.getElementById("waiting")) { return; }
  window.setTimeout(function () {
    var typed = document.getElementById("sim-body");
    if (typed && typed.value) { return; }  // never throw away what someone is typing
    window.location.reload();
  }, 3000);
})();
