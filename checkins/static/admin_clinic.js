// The text editor's live preview: as the admin types (debounced) or picks a
// patient, asks the server to render the text and shows it with its encoding
// and segment count, or the reason it cannot be saved. Output is set with
// textContent only: the wording and the patient's name are never parsed as HTML.
(function () {
  "use strict";
  var form = document.getElementById("text-form");
  if (!form) { return; }
  var body = document.getElementById("body");
  var patient = document.getElementById("preview-patient");
  var shown = document.getElementById("preview-body");
  var cost = document.getElementById("preview-cost");
  var error = document.getElementById("body-error");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var DELAY = 300;
  var timer = null;
  var latest = 0;

  function showError(message) {
    error.textContent = message || "";
    error.hidden = !message;
    if (message) {
      body.setAttribute("aria-invalid", "true");
      body.setAttribute("aria-describedby", "body-error");
    } else {
      body.removeAttribute("aria-invalid");
    }
  }

  function describe(data) {
    var units = data.encoding === "GSM-7" ? " septets" : " characters (UTF-16)";
    return data.label + " · " + data.units + units;
  }

  function render(data) {
    showError(data.error);
    if (data.error) {
      shown.classList.add("muted");
      shown.textContent = "Cannot be rendered until the error is fixed.";
      cost.textContent = data.label ? describe(data) + " as typed" : "";
    } else {
      shown.classList.remove("muted");
      shown.textContent = data.body;
      cost.textContent = describe(data);
    }
    cost.classList.toggle("costly", data.encoding === "UCS-2" || data.segments > 1);
  }

  function refresh() {
    var ask = ++latest;
    fetch(form.getAttribute("data-preview"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": token },
      body: JSON.stringify({
        kind: form.getAttribute("data-kind"),
        language: form.getAttribute("data-language"),
        body: body.value,
        patient: patient.value
      })
    })
      .then(function (r) {
        if (r.status === 401) { window.location.reload(); throw new Error("signed out"); }
        return r.json();
      })
      .then(function (data) { if (ask === latest) { render(data); } })
      .catch(function () { /* the next keystroke asks again */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, DELAY);
  }

  body.addEventListener("input", later);
  patient.addEventListener("change", refresh);
  refresh();
})();
