/* The preview as visitors see it: markdownx renders into a hidden element; we show that HTML in a
   frame that carries only the site's own stylesheet, so the admin's styles and the site's stay apart. */
"use strict";

(function () {
  function setUp(desk) {
    const source = desk.querySelector(".markdownx-preview");
    const frame = desk.querySelector(".writers-desk-frame");
    const title = document.getElementById("id_title");
    const page = document.implementation.createHTMLDocument(desk.dataset.previewTitle);
    page.documentElement.lang = document.documentElement.lang || "nl";
    const stylesheet = page.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = desk.dataset.siteCss;
    page.head.appendChild(stylesheet);
    page.body.innerHTML = '<main class="wrap narrow article"><header><h1></h1></header><div class="prose"></div></main>';
    frame.srcdoc = "<!doctype html>" + page.documentElement.outerHTML;

    frame.addEventListener("load", function () {
      const view = frame.contentDocument;
      const heading = view.querySelector("h1");
      const prose = view.querySelector(".prose");

      function fit() {
        frame.style.height = Math.max(view.documentElement.scrollHeight, 320) + "px";
      }
      function showTitle() {
        heading.textContent = title ? title.value : "";
      }
      function showBody() {
        prose.innerHTML = source.innerHTML;  // the sanitised HTML of the markdownify endpoint
        fit();
      }
      showTitle();
      showBody();
      if (title) title.addEventListener("input", showTitle);
      new MutationObserver(showBody).observe(source, { childList: true, subtree: true, characterData: true });
      new ResizeObserver(fit).observe(view.body);
      view.addEventListener("load", fit, true);  // images
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".writers-desk").forEach(setUp);
  });
})();
