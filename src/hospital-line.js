// Written into the build by sitegen; the boot module (src/boot-body.js) imports it only when the
// app has not started after 3 seconds or cannot start. It adds the hospital's 24-hour line
// from sbc-guide-config.json to the urgent numbers and the "cannot work in this browser"
// notice, straight after 999, so going offline or a blocked wasm never removes it. The app
// draws the same line itself once it runs (src/domain/urgent.rs; its page replaces these).
let shown = false;
// How the line is named: sitegen writes content/words.toml's [urgent_numbers] hospital_line here,
// the same words the app uses ("{hospital}: {name}").
const HOSPITAL_LINE = '__WORDS_HOSPITAL_LINE__';
export default function showHospitalLine() {
  if (shown || document.documentElement.getAttribute('data-app') === 'ready') return;
  shown = true;
  fetch('sbc-guide-config.json')
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => {
      if (!text) return;
      const settings = JSON.parse(text.replace(/^\uFEFF/, ''));
      const line = settings && settings.format === 1 && settings.hospital && settings.hospital.acuteOncologyLine;
      const phone = line && typeof line.phone === 'string' ? line.phone.trim() : '';
      let digits = phone.replace(/[\s().-]/g, '');
      if (/^0044/.test(digits)) digits = `+${digits.slice(2)}`;
      if (/^0\d{9,10}$/.test(digits)) digits = `+44${digits.slice(1)}`;
      if (!/^\+44\d{9,10}$/.test(digits) || document.documentElement.getAttribute('data-app') === 'ready') return;
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
