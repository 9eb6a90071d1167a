// An advice call's change form: says, before saving, whether the chosen status and slot e-mail
// the visitor. The rule is services.advice_call_visitor_mail(); the texts come from the form
// (data-warning-* on the status field), so they are translated with the rest of the admin.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector("select[data-cancelled]");
  const slot = document.getElementById("id_slot");
  if (!status || !slot) return;
  const stored = status.dataset.booked;
  const warning = document.createElement("p");
  warning.id = "visitor-mail-warning";
  warning.className = "visitor-mail-warning";
  warning.setAttribute("role", "status");
  slot.closest(".form-row").after(warning);

  function which() {
    const booked = status.value === status.dataset.cancelled ? "" : slot.value;
    if (booked === stored) return null;
    if (booked) return status.dataset.wasCancelled ? "reopen" : "move";
    return slot.value ? "cancel" : "release";
  }

  function update() {
    const key = which();
    warning.textContent = key ? status.dataset["warning" + key[0].toUpperCase() + key.slice(1)] : "";
  }

  status.addEventListener("change", update);
  slot.addEventListener("change", update);
  update();
});
