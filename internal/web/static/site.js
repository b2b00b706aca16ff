// Herald's one script: progressive touches on pages that work without it.
(function () {
  "use strict";
  var root = document.documentElement;

  // Theme: switch at once, remember in a cookie the server reads too.
  function systemDark() { return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches; }
  function currentTheme() { return root.dataset.theme || (systemDark() ? "dark" : "light"); }
  function labelToggle() {
    var next = currentTheme() === "dark" ? "light" : "dark";
    document.querySelectorAll("[data-theme-toggle]").forEach(function (b) {
      b.value = next;
      b.setAttribute("aria-label", "Switch to " + next + " theme");
    });
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-theme-toggle]");
    if (!b) return;
    e.preventDefault();
    var next = currentTheme() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    document.cookie = "theme=" + next + "; path=/; max-age=31536000; samesite=lax";
    try { localStorage.setItem("theme", next); } catch (_) {}
    labelToggle();
  });
  labelToggle();

  // Relative times: "5 hours ago" stays true while the page is open.
  function span(ms) {
    var m = Math.floor(ms / 60000), h = Math.floor(m / 60), d = Math.floor(h / 24);
    function p(n, u) { return n + " " + u + (n === 1 ? "" : "s"); }
    if (h < 1) return p(Math.max(1, m), "minute");
    if (d < 1) return p(h, "hour");
    return p(d, "day");
  }
  function refreshTimes() {
    var now = Date.now();
    document.querySelectorAll("time[data-rel]").forEach(function (t) {
      var at = Date.parse(t.getAttribute("datetime"));
      if (isNaN(at)) return;
      var d = now - at, text;
      if (d < -60000) text = "in " + span(-d);
      else if (d < 60000) text = "just now";
      else if (d < 30 * 864e5) text = span(d) + " ago";
      else return;
      if (t.textContent !== text) t.textContent = text;
    });
  }
  setInterval(refreshTimes, 60000);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) refreshTimes(); // a tab left open since morning
  });

  // Ask about this article: answer in place, the form posts without JS.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function showAnswer(box, question, data, error) {
    box.textContent = "";
    var wrap = el("div", "answer-box");
    var q = el("p", "answer-q");
    q.appendChild(el("span", "muted", "You asked: "));
    q.appendChild(document.createTextNode(question));
    wrap.appendChild(q);
    if (error) {
      var n = el("p", "notice", error);
      n.setAttribute("role", "alert");
      wrap.appendChild(n);
    } else if (data.citations && data.citations.length) {
      wrap.appendChild(el("p", null, "The article says:"));
      var ol = el("ol", "citations");
      // The sentences are the article's: its language, not the page's.
      if (box.dataset.lang) ol.lang = box.dataset.lang;
      if (box.dataset.dir) ol.dir = box.dataset.dir;
      data.citations.forEach(function (c) {
        var li = el("li");
        li.appendChild(el("blockquote", null, c.text));
        li.appendChild(el("p", "small muted", "Sentence " + (c.sentence_index + 1) + " of the article"));
        ol.appendChild(li);
      });
      wrap.appendChild(ol);
    } else {
      wrap.appendChild(el("p", "empty-state", "The article does not seem to answer that."));
    }
    box.appendChild(wrap);
  }
  document.querySelectorAll("form[data-ask]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      if (!window.fetch) return;
      e.preventDefault();
      var box = document.querySelector("[data-answer]");
      var input = form.querySelector("[name=q]");
      var question = input.value.trim();
      if (!question) return;
      var button = form.querySelector("button");
      button.disabled = true;
      box.setAttribute("aria-busy", "true");
      fetch("/api/v1/articles/" + form.dataset.ask + "/ask", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": form.querySelector("[name=csrf]").value },
        body: JSON.stringify({ question: question })
      }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error((body.error && body.error.message) || "Herald could not answer.");
          return body;
        });
      }).then(function (body) {
        showAnswer(box, question, body, null);
      }).catch(function (err) {
        showAnswer(box, question, null, err.message || "Herald could not answer.");
      }).finally(function () {
        button.disabled = false;
        box.removeAttribute("aria-busy");
      });
    });
  });
})();
