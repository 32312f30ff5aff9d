// Applies the saved text size, colours and motion before the page is drawn, so there is never
// a flash of the wrong size or colours. A classic script in <head> (not inline: strict CSPs
// refuse inline scripts). It must stay tiny and must never throw; it only reads. The app
// (src/state/preferences.rs) sets the same attributes from the same stored value.
(function () {
  var root = document.documentElement;
  // The script that shows the hospital's 24-hour line without the app (src/hospital-line.js):
  // sitegen writes its hashed name here. Loaded at most once, and only when asked: by the boot
  // module (the app is slow to start, or failed), or below when the boot module never ran.
  var lineScript = '__HOSPITAL_LINE_SCRIPT__';
  var hospitalLine = function () {
    if (!lineScript || root.getAttribute('data-app') === 'ready') return;
    var script = document.createElement('script');
    script.src = lineScript;
    lineScript = null;
    document.head.appendChild(script);
  };
  document.addEventListener('sbc-guide:hospital-line', hospitalLine);
  // Module scripts run before DOMContentLoaded. If the boot module has not marked the page by
  // then, it could not be loaded (missing, blocked by a web filter, or a sandboxed frame whose
  // server sends no Access-Control-Allow-Origin): the page says what will not work, with the
  // helplines, and still shows the hospital's line, as when the app fails to start.
  document.addEventListener('DOMContentLoaded', function () {
    if (root.hasAttribute('data-boot')) return;
    root.setAttribute('data-app', 'failed');
    hospitalLine();
  });
  // A browser that can run the app hides the "cannot work here" notice at once; the
  // boot module shows it again if starting fails. Older browsers keep it.
  if (typeof WebAssembly === 'object' && 'noModule' in document.createElement('script')) {
    root.className += ' app-js';
  } else if (typeof WebAssembly !== 'object') {
    // JavaScript runs but WebAssembly is off (iOS Lockdown Mode, Edge's enhanced security, a
    // policy): the controls that need the app are disabled as soon as they exist, before the
    // first paint, and their notes say what to do instead (src/components/needs_app.rs).
    root.setAttribute('data-no-wasm', '');
    var disable = function () {
      var parts = document.querySelectorAll('[data-needs-app]');
      for (var i = 0; i < parts.length; i++) {
        var controls = parts[i].querySelectorAll('input, select, textarea, button');
        for (var j = 0; j < controls.length; j++) controls[j].disabled = true;
      }
    };
    // As the page is parsed (a mutation observer runs before the browser paints), and once more
    // when it is whole.
    var parsing = new MutationObserver(disable);
    parsing.observe(root, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', function () {
      parsing.disconnect();
      disable();
    });
  }
  // The header's "Menu" button (narrow screens): opened and closed here, so it works before the
  // app has started, and without it. The stylesheet collapses the navigation only where this
  // class is set.
  root.className += ' app-menu';
  var menu = function (open) {
    var button = document.querySelector('.app-header__menu-toggle');
    var nav = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!nav) return;
    if (open === undefined) open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) nav.classList.add('app-header__navigation--open');
    else nav.classList.remove('app-header__navigation--open');
  };
  document.addEventListener('click', function (event) {
    if (!event.target.closest) return;
    if (event.target.closest('.app-header__menu-toggle')) menu();
    // In embed mode, a plain click on a link to one of the guide's pages carries ?embed=1, so
    // the next page also leaves out the site header and footer: here, not in the app, so it
    // holds before the app has started and where it cannot start.
    var link = root.hasAttribute('data-embed') && event.button === 0 && event.target.closest('a[href]');
    if (link && link.origin === window.location.origin && !link.search && link.pathname.indexOf(new URL(document.baseURI).pathname) === 0) {
      link.href = link.origin + link.pathname + '?embed=1' + link.hash;
    }
  });
  document.addEventListener('keydown', function (event) {
    var button = document.querySelector('.app-header__menu-toggle');
    if (event.key === 'Escape' && button && button.getAttribute('aria-expanded') === 'true') {
      menu(false);
      button.focus();
    }
  });
  // A page past its review date on this device's calendar says so from the first paint, with
  // or without the app: the build copies the page's review date into the head, and the
  // stylesheet shows the page's notice only under data-overdue.
  // (Dates compared as numbers, 20271130: a malformed date is NaN and never passes.)
  var due = document.querySelector('meta[name="app-review-due"]');
  var now = new Date();
  if (due && now.getFullYear() * 1e4 + now.getMonth() * 100 + 100 + now.getDate() > (+due.content.replace(/-/g, '') || Infinity)) {
    root.setAttribute('data-overdue', '');
  }
  // How long what the guide saves lasts in this browser (src/state/lasting.rs): the stylesheet
  // shows the words for it. iPhones and iPads first: Safari deletes a site's data after 7 days
  // of use without a visit, and a guide opened from the Home Screen keeps its own data.
  try {
    var nav = window.navigator;
    var lasting = function (code) { root.setAttribute('data-lasting', code); };
    // iPadOS presents itself as a Mac: only its touch screen tells them apart.
    if (/iP(hone|ad|od)/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1)) {
      lasting(nav.standalone || window.matchMedia('(display-mode: standalone)').matches ? 'home-screen-apart' : 'safari-seven-days');
    } else {
      // Set before the first paint: the browser's answer comes later, and a notice that
      // appeared then pushed a returning person's checklist 200 px down (a layout shift of
      // 0.12 on a phone, prerender.test.mjs). Most browsers keep nothing for certain; where one
      // does, the notice goes when it says so.
      lasting('may-be-cleared');
      if (nav.storage && nav.storage.persisted) {
        nav.storage.persisted().then(function (kept) { if (kept) lasting('persistent'); }, function () {});
      }
    }
  } catch (error) {
    // Nothing said rather than something wrong.
  }
  // In another site's frame: tell the host how tall the page is, as it changes, so the frame
  // fits it (src/browser/embed.rs describes the message; docs/DEPLOYMENT.md the host's part).
  // Here, not in the app, so a frame is sized even where the app cannot start.
  if (window.parent !== window && window.ResizeObserver) {
    var last = 0;
    var send = function (show) {
      var message = { type: 'sbc-guide:height', height: document.body.scrollHeight };
      if (show !== undefined) message.show = show;
      last = message.height;
      // "*": the guide cannot know the host's address; the message holds only heights.
      window.parent.postMessage(message, '*');
    };
    // Where the part the address's #id names starts, from the page's top (0: the page's top).
    var partTop = function () {
      var part = window.location.hash && document.getElementById(window.location.hash.slice(1));
      return part ? part.getBoundingClientRect().top + window.pageYOffset : 0;
    };
    document.addEventListener('DOMContentLoaded', function () {
      // A page opened from another page of the guide asks the host to show its top (or the
      // part its address leads to); the host's own first load is left where the host put it.
      var opened = document.referrer.indexOf(window.location.origin + '/') === 0;
      new ResizeObserver(function () {
        if (document.body.scrollHeight === last && !opened) return;
        send(opened ? partTop() : undefined);
        opened = false;
      }).observe(document.body);
    });
    // A link to a part of the same page ("listed below", "see the 999 box", "Urgent help" on
    // the urgent page): the frame has no scroll bar of its own, so the host is asked to bring
    // the part into view, once the address has changed.
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href*="#"]');
      if (link && link.pathname === window.location.pathname) {
        setTimeout(function () { send(partTop()); });
      }
    });
  }
  // Embed mode hides the site header and footer from the first paint, as the app will.
  if (/[?&]embed=(1|true|yes)(&|$)/.test(window.location.search)) root.setAttribute('data-embed', '');
  // A search in the address (a shared directory link): the pre-rendered results are the
  // unfiltered list, so they wait for the app, like saved data below.
  if (/[?&](q|category)=/.test(window.location.search)) root.setAttribute('data-personal', '');
  try {
    // Pages are pre-rendered as a first visit sees them. When something is saved, the parts
    // drawn from it (class app-personal) stay hidden until the app has drawn them from what is
    // saved, so nobody sees "nothing saved" or "0 done" for a moment.
    var storage = window.localStorage;
    if (storage.getItem('sbc-guide:checklist') || storage.getItem('sbc-guide:contacts') || storage.getItem('sbc-guide:preferences')) {
      root.setAttribute('data-personal', '');
      // Something is saved: where it may not last, the pages say so (keeping.css).
      root.setAttribute('data-saved', '');
    }
    // Where the person lives (the benefits checklist's first question): lines for other
    // nations are hidden from the first paint (before-start.css), even if the app never runs.
    var checklist = JSON.parse(storage.getItem('sbc-guide:checklist') || 'null');
    var nation = checklist && checklist.format === 1 && checklist.data && checklist.data.answers && checklist.data.answers.nation;
    if (/^(england|scotland|wales|northern-ireland)$/.test(nation)) root.setAttribute('data-nation', nation);
    var raw = storage.getItem('sbc-guide:preferences');
    if (!raw) return;
    var stored = JSON.parse(raw);
    if (!stored || stored.format !== 1 || !stored.data) return;
    var data = stored.data;
    if (/^(125|150|175|200)$/.test(String(data.text_size))) root.setAttribute('data-text-size', String(data.text_size));
    if (/^(light|dark|high-contrast)$/.test(data.theme)) root.setAttribute('data-theme', data.theme);
    if (data.motion === 'reduce') root.setAttribute('data-motion', 'reduce');
  } catch (error) {
    // Storage blocked or unreadable: the default look; the app explains on the settings page.
  }
})();
