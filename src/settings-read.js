// How the hospital's settings file is read without the app: sitegen writes this at the top of
// both the service worker (sw.js, which keeps the last copy of the file that works) and
// hospital-line.js (which shows the hospital's 24-hour line when the app cannot run). It reads
// the file as the app does (src/domain/settings_text.rs, src/domain/deployment.rs), and
// tests/e2e/settings-file.test.mjs runs the same files through both to keep them agreeing.

/** The file's text: a byte order mark decides, a zero byte beside the first character means
 *  UTF-16, and anything that is not UTF-8 is Windows-1252. */
function decodeSettings(buffer) {
  const bytes = new Uint8Array(buffer);
  let label = "utf-8";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] && bytes[1] === 0)) label = "utf-16le";
  else if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1])) label = "utf-16be";
  try {
    return new TextDecoder(label, { fatal: label === "utf-8" }).decode(bytes);
  } catch (error) {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The text without comments or commas before a closing bracket, strings left alone. */
function forgiveSettings(text) {
  let out = "";
  let comma = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
      comma = -1;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = (end < 0 ? text.length : end + 2) - 1;
    } else {
      if ((c === "]" || c === "}") && comma >= 0) out = out.slice(0, comma) + out.slice(comma + 1);
      if (c === ",") comma = out.length;
      else if (!/\s/.test(c)) comma = -1;
      out += c;
    }
  }
  return out;
}

/** A host's own web page in place of the file (by its type, or a body starting with "<"). */
function isSettingsWebPage(type, text) {
  return /^\s*(text\/html|application\/xhtml)/i.test(type || "") || /^\s*</.test(text);
}

/** The `tel:` form of a full UK number as people write it ("020 7946 0000", "+44 (0)20 …"),
 *  or null: the rule of parse_uk_phone in src/domain/contacts.rs, without its short numbers
 *  (999, 111 and the like are never the hospital's own line). */
function ukTelephone(phone) {
  if (!/^\+?[0-9 ().\-\u00a0]+$/.test(phone)) return null;
  const digits = phone.replace(/[ ().\-\u00a0]/g, "");
  let national;
  if (digits.startsWith("+44")) national = digits.slice(3).replace(/^0/, "");
  else if (digits.startsWith("0044")) national = digits.slice(4).replace(/^0/, "");
  else if (digits.startsWith("+") || digits.startsWith("00")) return null;
  else if (digits.startsWith("0")) national = digits.slice(1);
  else return null;
  // 9 digits after the 0 only for some 01 areas and some 0800 lines.
  return /^(?:[1235789]\d{9}|1\d{8}|800\d{6})$/.test(national) ? `+44${national}` : null;
}

const settingsText = (value) => (typeof value === "string" ? value.trim().slice(0, 500) : "");

/**
 * Reads a settings answer: `{ absent: true }` for none (404, 410, 204, or a web page in its place);
 * `{ unreadable: true }` when it cannot be used at all; otherwise `{ settings, line }`, where
 * line is the hospital's 24-hour line `{ hospital, name, phone, tel }`, null when the file names
 * none, or false when it names one that cannot be used (no name, no phone, not a full UK number).
 */
function readSettingsAnswer(status, type, buffer) {
  // 204: the offline copy's word for the server's 404, which spares the page's console an error.
  if (status === 404 || status === 410 || status === 204) return { absent: true };
  if (status < 200 || status > 299) return { unreadable: true };
  const text = decodeSettings(buffer);
  if (isSettingsWebPage(type, text)) return { absent: true };
  let settings;
  try {
    settings = JSON.parse(forgiveSettings(text));
  } catch (error) {
    return { unreadable: true };
  }
  // "format": "1" in quotes is read as 1, as the app reads it (src/domain/deployment.rs).
  const format = typeof (settings && settings.format) === "string" ? settings.format.trim() : settings && settings.format;
  if (!settings || typeof settings !== "object" || Array.isArray(settings) || (format !== 1 && format !== "1")) return { unreadable: true };
  const hospital = settings.hospital && typeof settings.hospital === "object" ? settings.hospital : {};
  const given = hospital.acuteOncologyLine;
  if (given === undefined || given === null) return { settings, line: null };
  const name = settingsText(given && given.name);
  const phone = settingsText(given && given.phone);
  const tel = ukTelephone(phone);
  if (!name || !tel) return { settings, line: false };
  return { settings, line: { hospital: settingsText(hospital.name), name, phone, tel } };
}
