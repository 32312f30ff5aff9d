// Written into the build by sitegen as a classic script, wrapped so that nothing leaks into the
// page. The pre-paint script (public/apply-preferences.js) adds it to the page only when the
// app has not started after 3 seconds, cannot start, or its boot module could not be loaded at
// all. It adds the hospital's 24-hour line from sbc-guide-config.json to the urgent numbers and
// the "cannot work here" notice, straight after 999, so going offline or a blocked
// wasm never removes it. The app draws the same line itself once it runs (src/domain/urgent.rs;
// its page replaces these). A classic script, not a module: a sandboxed frame or a filter that
// stops the boot module must not stop this too.
// sitegen writes src/settings-read.js above this, which reads the file as the app does: any
// encoding Windows tools write, a web page in its place taken as no file, comments and a comma
// after the last item forgiven. A file that still cannot be read, or a line in it that cannot
// be used, is said, not hidden.
let shown = false;
// sitegen writes content/words.toml's [urgent_numbers] hospital_line ("{hospital}: {name}") and
// hospital_line_not_loaded here, the same words the app uses.
const HOSPITAL_LINE = '__WORDS_HOSPITAL_LINE__';
const NOT_LOADED = '__WORDS_HOSPITAL_LINE_NOT_LOADED__';

function appRunning() {
  return document.documentElement.getAttribute('data-app') === 'ready';
}

/** Says in each list of urgent numbers, where the hospital's line would be (straight after
 * 999), that the hospital's number could not be loaded: drawn as the app draws it
 * (src/components/urgent_numbers.rs). */
function sayNotLoaded() {
  if (appRunning()) return;
  for (const list of document.querySelectorAll('.app-urgent-help__list')) {
    const note = document.createElement('li');
    note.className = 'app-urgent-help__item app-urgent-help__unavailable';
    const words = document.createElement('span');
    words.className = 'app-urgent-help__what';
    words.textContent = NOT_LOADED;
    note.append(words);
    list.insertBefore(note, list.children[1] || null);
  }
}

function showHospitalLine() {
  if (shown || appRunning()) return;
  shown = true;
  // The boot module never ran, in a sandboxed frame (origin "null"): its module scripts need
  // the server's Access-Control-Allow-Origin header. The settings check page names this cause.
  // (Here, in the script loaded only without the app, to keep every page's first load small.)
  if (window.origin === 'null' && !document.documentElement.hasAttribute('data-boot')) {
    document.documentElement.setAttribute('data-app-failure', 'sandbox');
  }
  fetch('sbc-guide-config.json')
    .then(async (response) => {
      const read = readSettingsAnswer(response.status, response.headers.get('content-type'), await response.arrayBuffer());
      if (appRunning() || read.absent || read.line === null) return;
      if (read.unreadable || read.line === false) return sayNotLoaded();
      const { hospital, name: lineName, phone, tel } = read.line;
      const name = hospital ? HOSPITAL_LINE.replace('{hospital}', () => hospital).replace('{name}', () => lineName) : lineName;
      // The notice's list and the urgent numbers draw lines alike (src/components/urgent_numbers.rs).
      for (const list of document.querySelectorAll('.app-urgent-help__list')) {
        const item = document.createElement('li');
        item.className = 'app-urgent-help__item';
        item.setAttribute('data-hospital-line', '');
        const what = document.createElement('span');
        what.className = 'app-urgent-help__what';
        what.textContent = name;
        const number = document.createElement('a');
        number.className = 'app-urgent-help__number';
        number.href = `tel:${tel}`;
        number.translate = false;
        number.textContent = phone;
        item.append(what, number);
        list.insertBefore(item, list.children[1] || null);
      }
    })
    // No answer at all: offline, or a sandboxed frame (origin "null") whose server sends no
    // Access-Control-Allow-Origin. Only the second is certain to hide a file that is there.
    .catch(() => {
      if (window.origin === 'null') sayNotLoaded();
    });
}
showHospitalLine();
