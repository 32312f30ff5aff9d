// Until the app has started, the page is the pre-rendered HTML: links already work, and the
// app carries over scrolling, focus and what the person typed, ticked or opened (see
// src/takeover.rs). This marks those controls, so the app copies only what the person did (not
// what the browser filled in by itself on a reload). A tap on a button would do nothing, so it
// is remembered and repeated once the app runs; a form would be sent to the host as a new
// address, so it is held back.
// The skip link moves focus to the page's content instead of following its address. The build
// wrote that address for the page's own path; this page may have been opened at another (with a
// search in it, or as a host's answer to an unknown address), so it is made this address.
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
const touched = (event) => event.target.setAttribute && event.target.setAttribute('data-app-touched', '');
const holdForm = (event) => event.preventDefault();
const listeners = [['click', remember], ['input', touched], ['change', touched], ['toggle', touched], ['submit', holdForm]];
for (const [name, listener] of listeners) document.addEventListener(name, listener, true);
const settle = () => {
  for (const [name, listener] of listeners) document.removeEventListener(name, listener, true);
};
// The hospital's 24-hour line (from its settings file) joins the urgent numbers even when the
// app cannot start or is slow to: going offline or a blocked wasm must never remove it. The
// app draws it itself once it runs (its page replaces these lines).
let hospitalLineShown = false;
const showHospitalLine = () => {
  if (hospitalLineShown || document.documentElement.getAttribute('data-app') === 'ready') return;
  hospitalLineShown = true;
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
      const name = [settings.hospital.name, line.name || '24-hour line'].filter((part) => typeof part === 'string' && part).join(': ');
      for (const list of document.querySelectorAll('.app-urgent-help__list, .app-fallback__numbers')) {
        const item = document.createElement('li');
        item.className = list.classList.contains('app-fallback__numbers') ? '' : 'app-urgent-help__item';
        item.setAttribute('data-hospital-line', '');
        const what = document.createElement(list.classList.contains('app-fallback__numbers') ? 'strong' : 'span');
        what.className = 'app-urgent-help__what';
        what.textContent = `${name} `;
        const number = document.createElement('a');
        number.className = list.classList.contains('app-fallback__numbers') ? 'app-link app-link--tel' : 'app-urgent-help__number';
        number.href = `tel:${digits}`;
        number.textContent = phone;
        item.append(what, number);
        list.insertBefore(item, list.children[1] || null);
      }
    })
    .catch(() => {});
};
setTimeout(showHospitalLine, 3000);
const failed = (error) => {
  settle();
  showHospitalLine();
  // The page stays readable; the notice says what will not work and gives the helplines.
  document.documentElement.setAttribute('data-app', 'failed');
  console.warn('The guide could not start; the page works without its interactive parts.', error);
};
// After its module has started, the app takes the page over in a few short tasks and then says
// so; an error on the way means it did not.
const tookOver = new Promise((resolve, reject) => {
  document.addEventListener('sbc-guide:ready', resolve, { once: true });
  window.addEventListener('error', (event) => reject(event.error ?? event.message), { once: true });
});
init({ module_or_path: WASM })
  .then(() => tookOver)
  .then(() => {
    settle();
    for (const id of early) document.getElementById(id)?.click();
  })
  .catch(failed);
