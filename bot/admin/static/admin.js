// Small enhancements; every page works without them.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }

  // Compose: live recipient count and a LINE-look preview.
  const compose = document.querySelector("form[data-recipients]");
  if (compose) {
    const count = document.getElementById("recipient-count");
    const text = compose.querySelector("textarea[name=text]");
    const bubble = document.getElementById("preview-bubble");
    let timer = null;
    const refresh = async () => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(compose)) {
        if (key !== "csrf" && key !== "text" && value) params.append(key, value);
      }
      const response = await fetch(compose.dataset.recipients + "?" + params, { credentials: "same-origin" });
      if (response.ok) count.textContent = (await response.json()).count;
    };
    compose.addEventListener("change", refresh);
    if (text && bubble) {
      text.addEventListener("input", () => { bubble.textContent = text.value || bubble.dataset.empty; });
    }
    compose.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(refresh, 250); });
    refresh();
  }

  // Progress: poll the status until it is finished.
  const progress = document.querySelector("[data-progress]");
  if (progress) {
    const bar = progress.querySelector(".progress > div");
    const label = document.getElementById("progress-label");
    const state = document.getElementById("status");
    const poll = async () => {
      const response = await fetch(progress.dataset.progress, { credentials: "same-origin" });
      if (!response.ok) return;
      const data = await response.json();
      bar.style.width = data.percent + "%";
      label.textContent = data.percent + "% (" + data.sent + "/" + data.recipients + ")";
      state.textContent = data.status_label;
      progress.dataset.status = data.status;
      if (!data.finished) setTimeout(poll, 1000);
      else for (const el of document.querySelectorAll("[data-hide-when-finished]")) el.hidden = true;
    };
    poll();
  }
});
