/* The writing advice follows the text: the rules live on the server (blog/writing_checks.py). */
"use strict";

(function () {
  const PAUSE = 800;  // milliseconds after the last keystroke

  function setUp(desk) {
    const textarea = desk.querySelector("textarea");
    const panel = desk.querySelector("[data-writing-checks]");
    const token = document.querySelector("input[name=csrfmiddlewaretoken]");
    let timer = null;
    let latest = 0;

    function refresh() {
      const request = ++latest;
      const data = new FormData();
      data.append("content", textarea.value);
      fetch(desk.dataset.checksUrl, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "", "X-Requested-With": "XMLHttpRequest" },
      }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html !== null && request === latest) panel.innerHTML = html;  // our own escaped template
      }).catch(function () { /* offline for a moment: the next keystroke tries again */ });
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, PAUSE);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".writers-desk").forEach(setUp);
  });
})();
