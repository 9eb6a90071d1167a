/* The writer's desk: a Markdown toolbar and an image button that asks for alt text before inserting.
   Images dropped or pasted into the text go through the same dialog. */
"use strict";

(function () {
  function csrfToken() {
    const field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function changed(textarea) {
    // markdownx re-renders the preview on "input"; the checks and the unsaved-changes guard listen too.
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function replaceSelection(textarea, text, selectFrom, selectTo) {
    const start = textarea.selectionStart;
    textarea.focus();
    textarea.setRangeText(text, start, textarea.selectionEnd, "end");
    if (selectFrom !== undefined) {
      textarea.setSelectionRange(start + selectFrom, start + selectTo);
    }
    changed(textarea);
  }

  function wrap(textarea, marker, placeholder) {
    const selected = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd) || placeholder;
    replaceSelection(textarea, marker + selected + marker, marker.length, marker.length + selected.length);
  }

  function prefixLines(textarea, prefixFor) {
    const value = textarea.value;
    const lineStart = value.lastIndexOf("\n", textarea.selectionStart - 1) + 1;
    let lineEnd = value.indexOf("\n", textarea.selectionEnd);
    if (lineEnd === -1) lineEnd = value.length;
    const lines = value.slice(lineStart, lineEnd).split("\n");
    const text = lines.map(function (line, index) {
      return prefixFor(index) + line.replace(/^(#{1,6} |> |- |\d+\. )/, "");
    }).join("\n");
    textarea.setSelectionRange(lineStart, lineEnd);
    replaceSelection(textarea, text, text.length, text.length);
  }

  function link(textarea, placeholder) {
    const selected = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
    const label = selected || placeholder;
    const text = "[" + label + "](https://)";
    if (selected) {
      replaceSelection(textarea, text, label.length + 3, label.length + 11);  // select "https://"
    } else {
      replaceSelection(textarea, text, 1, 1 + label.length);  // select the placeholder
    }
  }

  const FORMATS = {
    heading: function (textarea) { prefixLines(textarea, function () { return "## "; }); },
    subheading: function (textarea) { prefixLines(textarea, function () { return "### "; }); },
    bold: function (textarea, button) { wrap(textarea, "**", button.textContent.trim()); },
    italic: function (textarea, button) { wrap(textarea, "_", button.textContent.trim()); },
    list: function (textarea) { prefixLines(textarea, function () { return "- "; }); },
    numbered: function (textarea) { prefixLines(textarea, function (index) { return (index + 1) + ". "; }); },
    quote: function (textarea) { prefixLines(textarea, function () { return "> "; }); },
    link: function (textarea, button) { link(textarea, button.dataset.placeholder); },
  };

  function markdownAlt(text) {
    return text.replace(/\s+/g, " ").trim().replace(/([\\[\]])/g, "\\$1");
  }

  function imageDialog(desk, textarea, opener) {
    const template = desk.querySelector(".writers-desk-image-template");
    // The dialog has a form of its own, so it lives outside the admin's form.
    const dialog = template.content.firstElementChild.cloneNode(true);
    document.body.appendChild(dialog);
    const form = dialog.querySelector("form");
    const fileInput = form.elements.image;
    const altInput = form.elements.alt;
    const decorative = form.elements.decorative;
    const error = dialog.querySelector(".errornote");
    const submit = form.querySelector("[type=submit]");
    const submitText = submit.textContent;
    let selection = [0, 0];

    function showError(text, field) {
      error.textContent = text;
      error.hidden = false;
      if (field) field.focus();
    }

    decorative.addEventListener("change", function () {
      altInput.disabled = decorative.checked;
    });
    dialog.querySelector("[data-cancel]").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      (opener.isConnected ? opener : textarea).focus();
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const file = fileInput.files[0];
      const alt = markdownAlt(altInput.value);
      if (!file) return showError(error.dataset.textNoFile, fileInput);
      if (!alt && !decorative.checked) return showError(error.dataset.textNoAlt, altInput);
      error.hidden = true;
      submit.disabled = true;
      submit.textContent = submit.dataset.busyText;
      const data = new FormData();
      data.append("image", file);
      fetch(textarea.dataset.markdownxUploadUrlsPath, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest" },
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok || !body.image_url) {
            throw new Error((body.image && body.image[0]) || error.dataset.textFailed);
          }
          const altText = decorative.checked ? desk.dataset.decorativeAlt : alt;
          textarea.setSelectionRange(selection[0], selection[1]);
          const before = textarea.value.slice(0, selection[0]);
          const gap = before && !before.endsWith("\n\n") ? (before.endsWith("\n") ? "\n" : "\n\n") : "";
          replaceSelection(textarea, gap + "![" + altText + "](" + body.image_url + ")\n\n");
          dialog.close();
        });
      }).catch(function (failure) {
        showError(failure.message || error.dataset.textFailed);
      }).finally(function () {
        submit.disabled = false;
        submit.textContent = submitText;
      });
    });

    return function open(file) {
      selection = [textarea.selectionStart, textarea.selectionEnd];
      form.reset();
      altInput.disabled = false;
      error.hidden = true;
      if (file) {
        const files = new DataTransfer();
        files.items.add(file);
        fileInput.files = files.files;
      }
      dialog.showModal();
      (file ? altInput : fileInput).focus();
    };
  }

  function setUp(desk) {
    const textarea = desk.querySelector("textarea");
    const toolbar = desk.querySelector("[role=toolbar]");
    const buttons = Array.from(toolbar.querySelectorAll("button"));
    const imageButton = toolbar.querySelector("[data-format=image]");
    const openImageDialog = imageDialog(desk, textarea, imageButton);

    buttons.forEach(function (button, index) {
      button.tabIndex = index === 0 ? 0 : -1;
      button.addEventListener("click", function () {
        if (button === imageButton) return openImageDialog();
        FORMATS[button.dataset.format](textarea, button);
      });
    });
    // One tab stop for the toolbar; the arrow keys move between its buttons.
    toolbar.addEventListener("keydown", function (event) {
      const current = buttons.indexOf(document.activeElement);
      const moves = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 };
      if (current === -1 || !(event.key in moves)) return;
      event.preventDefault();
      const next = buttons[(moves[event.key] + buttons.length) % buttons.length];
      buttons[current].tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });

    const panes = desk.querySelector(".markdownx");
    panes.addEventListener("keydown", function (event) {
      if (event.target !== textarea) return;
      if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey) {
        // markdownx would type a tab and keep the focus in the text: Tab moves on, as everywhere.
        event.stopPropagation();
      } else if ((event.ctrlKey || event.metaKey) && (event.key === "b" || event.key === "i")) {
        event.preventDefault();
        event.stopPropagation();
        toolbar.querySelector(event.key === "b" ? "[data-format=bold]" : "[data-format=italic]").click();
      }
    }, true);

    function imageFrom(transfer) {
      return transfer && Array.from(transfer.files || []).find(function (file) {
        return file.type.startsWith("image/");
      });
    }
    panes.addEventListener("drop", function (event) {
      const file = imageFrom(event.dataTransfer);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();  // not markdownx's own upload, which inserts an image without alt text
      openImageDialog(file);
    }, true);
    panes.addEventListener("paste", function (event) {
      const file = imageFrom(event.clipboardData);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      openImageDialog(file);
    }, true);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".writers-desk").forEach(setUp);
  });
})();
