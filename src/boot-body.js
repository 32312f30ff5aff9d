// Until the app has started, the page is the pre-rendered HTML: links already work, and the
// app carries over scrolling, focus and what the person typed, ticked or opened (see
// src/browser/takeover.rs). This marks those controls, so the app copies only what the person did (not
// what the browser filled in by itself on a reload). A tap on a button would do nothing, so it
// is remembered and repeated once the app runs; a form would be sent to the host as a new
// address, so it is held back.
// The skip link moves focus to the page's content instead of following its address. The build
// wrote that address for the page's own path; this page may have been opened at another (with a
// search in it, or as a host's answer to an unknown address), so it is made this address.
// This module is running: the pre-paint script checks for this mark (see public/apply-preferences.js).
document.documentElement.setAttribute('data-boot', '');
for (const link of document.querySelectorAll('.app-skip-link')) {
  link.setAttribute('href', `${location.pathname}${location.search}#main`);
}
document.addEventListener('click', (event) => {
  const main = document.getElementById('main');
  if (!main || !event.target.closest || !event.target.closest('.app-skip-link')) return;
  event.preventDefault();
  main.focus();
});
const early = [];
const remember = (event) => {
  const button = event.target.closest && event.target.closest('button[id]');
  if (button) early.push(button.id);
};
// Once starting has failed, or is taking more than 3 seconds, a field the person types in is
// not being saved: "Not saved" goes beside it (the words are the pre-rendered page's, on each
// note of a part that needs the app: src/components/needs_app.rs).
let late = false;
const markNotSaved = () => {
  const words = document.querySelector('[data-not-saved]')?.getAttribute('data-not-saved');
  if (!words || document.documentElement.getAttribute('data-app') === 'ready') return;
  for (const field of document.querySelectorAll('[data-needs-app] [data-app-touched]')) {
    if (field.nextElementSibling?.classList.contains('app-not-saved')) continue;
    const note = document.createElement('strong');
    note.className = 'app-not-saved';
    note.textContent = words;
    field.after(note);
  }
};
const touched = (event) => {
  if (!event.target.setAttribute) return;
  event.target.setAttribute('data-app-touched', '');
  if (late) markNotSaved();
};
// Without the app a form would be sent to the host as a new address and the page reloaded
// empty: it is held back until the app has taken over, and for ever if it never does.
const holdForm = (event) => {
  if (document.documentElement.getAttribute('data-app') !== 'ready') event.preventDefault();
};
document.addEventListener('submit', holdForm, true);
const listeners = [['click', remember], ['input', touched], ['change', touched], ['toggle', touched]];
for (const [name, listener] of listeners) document.addEventListener(name, listener, true);
const settle = () => {
  for (const [name, listener] of listeners) document.removeEventListener(name, listener, true);
};
setTimeout(() => {
  late = true;
  markNotSaved();
}, 3000);
// The hospital's 24-hour line (from its settings file) joins the urgent numbers even when the
// app cannot start or is slow to: going offline or a blocked wasm must never remove it. Its
// script (src/hospital-line.js) is fetched only then, by the pre-paint script, which also loads
// it when this module could not be loaded at all.
const showHospitalLine = () => {
  if (document.documentElement.getAttribute('data-app') === 'ready') return;
  document.dispatchEvent(new Event('sbc-guide:hospital-line'));
};
setTimeout(showHospitalLine, 3000);
// The wasm is fetched here, not by the glue, so that a failure can say which cause it was
// (failureCause: written above this by sitegen, src/boot-diagnose.js for the bundle with the
// settings check page, which shows a web team that one cause; elsewhere it tells none).
const wasmAnswer = fetch(WASM);
const failed = (error) => {
  // What was typed stays where it is, marked as not saved, and so does anything typed later.
  late = true;
  markNotSaved();
  for (const [name, listener] of listeners) if (name !== 'input' && name !== 'change') document.removeEventListener(name, listener, true);
  showHospitalLine();
  // The page stays readable; the notice says what will not work and gives the helplines.
  document.documentElement.setAttribute('data-app', 'failed');
  failureCause(error).then((cause) => {
    if (cause) document.documentElement.setAttribute('data-app-failure', cause);
    console.warn(`The guide could not start${cause ? ` (${cause})` : ''}; the page works without its interactive parts.`, error);
  });
};
// After its module has started, the app takes the page over in a few short tasks and then says
// so; an error on the way means it did not.
const tookOver = new Promise((resolve, reject) => {
  document.addEventListener('sbc-guide:ready', resolve, { once: true });
  window.addEventListener('error', (event) => reject(event.error ?? event.message), { once: true });
});
init({ module_or_path: wasmAnswer })
  .then(() => tookOver)
  .then(() => {
    settle();
    for (const id of early) document.getElementById(id)?.click();
  })
  .catch(failed);
// Printing shows everything: a closed checklist item's details are printed by the stylesheet
// where the browser supports ::details-content (style/print.css); older browsers print only
// what is open, so those are opened for printing and closed again after.
if (!CSS.supports('selector(::details-content)')) {
  let opened = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details[data-app-print]:not([open])')];
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
