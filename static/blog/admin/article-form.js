/* The article form: live character counts against each field's limit, and a warning before
   leaving with unsaved changes (not when saving). */
"use strict";

(function () {
  const ANNOUNCE_AFTER = 1500;  // a screen reader hears the count once typing pauses, not per key

  function setUpCount(counter) {
    const field = document.getElementById(counter.dataset.countFor);
    const status = document.getElementById(counter.id + "_status");
    const limit = field.maxLength;
    let timer = null;
    field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + counter.id).trim());

    function text() {
      return counter.dataset.countText
        .replace("%(count)s", Array.from(field.value).length)
        .replace("%(limit)s", limit);
    }
    field.addEventListener("input", function () {
      counter.textContent = text();
      clearTimeout(timer);
      timer = setTimeout(function () { status.textContent = text(); }, ANNOUNCE_AFTER);
    });
  }

  function guardUnsavedChanges(form) {
    let dirty = false;
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";  // browsers show their own wording
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-count-for]").forEach(setUpCount);
    const form = document.getElementById("article_form");
    if (form) guardUnsavedChanges(form);
  });
})();
