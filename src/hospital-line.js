// Written into the build by sitegen; the boot module (src/boot-body.js) imports it only when the
// app has not started after 3 seconds or cannot start. It adds the hospital's 24-hour line
// from sbc-guide-config.json to the urgent numbers and the "cannot work in this browser"
// notice, straight after 999, so going offline or a blocked wasm never removes it. The app
// draws the same line itself once it runs (src/domain/urgent.rs; its page replaces these).
// It reads the file as the app does (src/domain/settings_text.rs, src/domain/deployment.rs):
// any encoding Windows tools write, a web page in its place taken as no file, comments and a
// comma after the last item forgiven; a file that still cannot be read is said, not hidden.
let shown = false;
// sitegen writes content/words.toml's [urgent_numbers] hospital_line ("{hospital}: {name}") and
// hospital_line_not_loaded here, the same words the app uses.
const HOSPITAL_LINE = '__WORDS_HOSPITAL_LINE__';
const NOT_LOADED = '__WORDS_HOSPITAL_LINE_NOT_LOADED__';

/** The file's text: a byte order mark decides, a zero byte beside the first character means
 * UTF-16, and anything that is not UTF-8 is Windows-1252. */
function decode(buffer) {
  const bytes = new Uint8Array(buffer);
  let label = 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] && bytes[1] === 0)) label = 'utf-16le';
  else if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1])) label = 'utf-16be';
  try {
    return new TextDecoder(label, { fatal: label === 'utf-8' }).decode(bytes);
  } catch (error) {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The text without comments or commas before a closing bracket, strings left alone. */
function forgive(text) {
  let out = '';
  let comma = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
      comma = -1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = (end < 0 ? text.length : end + 2) - 1;
    } else {
      if ((c === ']' || c === '}') && comma >= 0) out = out.slice(0, comma) + out.slice(comma + 1);
      if (c === ',') comma = out.length;
      else if (!/\s/.test(c)) comma = -1;
      out += c;
    }
  }
  return out;
}

function appRunning() {
  return document.documentElement.getAttribute('data-app') === 'ready';
}

/** Says under each list of urgent numbers that the hospital's number could not be loaded. */
function sayNotLoaded() {
  if (appRunning()) return;
  for (const list of document.querySelectorAll('.app-urgent-help__list')) {
    const note = document.createElement('p');
    note.className = 'app-urgent-help__unavailable';
    note.textContent = NOT_LOADED;
    list.after(note);
  }
}

export default function showHospitalLine() {
  if (shown || appRunning()) return;
  shown = true;
  fetch('sbc-guide-config.json')
    .then(async (response) => {
      if (response.status === 404 || response.status === 410) return;
      if (!response.ok) return sayNotLoaded();
      const text = decode(await response.arrayBuffer());
      const type = response.headers.get('content-type') || '';
      // A host's own web page in place of the file: as if there were none.
      if (/^\s*(text\/html|application\/xhtml)/i.test(type) || /^\s*</.test(text)) return;
      let settings;
      try {
        settings = JSON.parse(forgive(text));
      } catch (error) {
        return sayNotLoaded();
      }
      if (!settings || typeof settings !== 'object' || Array.isArray(settings) || settings.format !== 1) return sayNotLoaded();
      const line = settings.hospital && settings.hospital.acuteOncologyLine;
      const phone = line && typeof line.phone === 'string' ? line.phone.trim() : '';
      let digits = phone.replace(/[\s().-]/g, '');
      if (/^0044/.test(digits)) digits = `+${digits.slice(2)}`;
      if (/^0\d{9,10}$/.test(digits)) digits = `+44${digits.slice(1)}`;
      if (!/^\+44\d{9,10}$/.test(digits) || appRunning()) return;
      // As the app reads the file (src/domain/deployment.rs): a line without a name is left out.
      const lineName = typeof line.name === 'string' ? line.name.trim() : '';
      if (!lineName) return;
      const hospitalName = typeof settings.hospital.name === 'string' ? settings.hospital.name.trim() : '';
      const name = hospitalName
        ? HOSPITAL_LINE.replace('{hospital}', () => hospitalName).replace('{name}', () => lineName)
        : lineName;
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
        number.href = `tel:${digits}`;
        number.textContent = phone;
        item.append(what, number);
        list.insertBefore(item, list.children[1] || null);
      }
    })
    .catch(() => {});
}
