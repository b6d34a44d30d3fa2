// The inbox's light poll: asks for counts every few seconds and, when
// something changed, swaps in fresh rows. Counts carry no patient data.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) { return; }
  var interval = Number(queue.getAttribute("data-interval") || 10000);
  // What the server drew the page from: anything newer than this brings fresh rows.
  var last = queue.getAttribute("data-changed") || null;

  function setCounts(data) {
    Object.keys(data.counts).forEach(function (level) {
      var el = queue.querySelector('[data-level="' + level + '"]');
      if (el) { el.textContent = String(data.counts[level]); }
    });
    var alarm = document.getElementById("unacknowledged");
    if (alarm) {
      alarm.querySelector("span").textContent = String(data.unacknowledged_urgent);
      alarm.hidden = !data.unacknowledged_urgent;
    }
  }

  function refreshRows() {
    return fetch(queue.getAttribute("data-rows"), { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) {
        var before = {};
        queue.querySelectorAll("tr[data-escalation]").forEach(function (tr) { before[tr.getAttribute("data-escalation")] = true; });
        document.getElementById("rows").innerHTML = html;  // server-rendered and escaped
        queue.querySelectorAll("tr[data-escalation]").forEach(function (tr) {
          if (!before[tr.getAttribute("data-escalation")]) { tr.classList.add("fresh"); }
        });
      });
  }

  function poll() {
    fetch(queue.getAttribute("data-poll"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) {
        if (r.status === 401) { window.location.reload(); throw new Error("signed out"); }
        return r.json();
      })
      .then(function (data) {
        setCounts(data);
        if ((data.changed || null) !== last) { refreshRows(); }
        last = data.changed || null;
      })
      .catch(function () { /* try again at the next tick */ })
      .then(function () { window.setTimeout(poll, interval); });
  }
  poll();
})();
