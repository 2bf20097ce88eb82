// The web chat simulator: sends text and button presses to /api/chat and renders the replies.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  // The session itself is an HttpOnly cookie the server issues; the page only remembers that a
  // conversation was started here, to greet once instead of on every reload.
  const KEY = "assistant-started";
  const fresh = !localStorage.getItem(KEY);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function scroll() { log.scrollTop = log.scrollHeight; }

  function renderButtons(buttons) {
    const row = el("div", "buttons");
    for (const b of buttons) {
      const button = el("button", "", b.label);
      button.type = "button";
      button.dataset.action = b.data;
      button.addEventListener("click", () => {
        row.classList.add("used");
        send({ action: b.data }, b.label);
      });
      row.appendChild(button);
    }
    log.appendChild(row);
  }

  function renderReply(reply) {
    if (reply.type === "card" || reply.type === "list") {
      const card = el("article", "card " + reply.type);
      if (reply.title) card.appendChild(el("h2", "", reply.title));
      if (reply.text) card.appendChild(el("div", "body", reply.text));
      if (reply.fields && reply.fields.length) {
        const dl = el("dl");
        for (const f of reply.fields) {
          dl.appendChild(el("dt", "", f.label));
          dl.appendChild(el("dd", "", f.value));
        }
        card.appendChild(dl);
      }
      log.appendChild(card);
    } else {
      const text = reply.title ? reply.title + "\n" + reply.text : reply.text;
      log.appendChild(el("div", "msg bot", text));
    }
    if (reply.buttons && reply.buttons.length) renderButtons(reply.buttons);
  }

  async function send(payload, shown) {
    if (shown) log.appendChild(el("div", "msg user", shown));
    const typing = el("div", "typing", "กำลังพิมพ์…");
    log.appendChild(typing);
    scroll();
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify(payload),
      });
      const data = await response.json();
      typing.remove();
      if (response.status === 429) throw new Error("ส่งเร็วเกินไป กรุณารอสักครู่");
      if (!response.ok) throw new Error(data.error || response.statusText);
      localStorage.setItem(KEY, "1");
      for (const reply of data.replies) renderReply(reply);
    } catch (err) {
      typing.remove();
      log.appendChild(el("div", "error", "ส่งไม่สำเร็จ: " + err.message));
    }
    scroll();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text: text }, text);
  });

  document.getElementById("reset").addEventListener("click", () => {
    log.replaceChildren();
    send({ event: "start" });
  });

  if (fresh) send({ event: "start" });
  else log.appendChild(el("div", "typing", "พิมพ์ข้อความเพื่อคุยต่อ (↺ เริ่มใหม่)"));
  input.focus();
})();
