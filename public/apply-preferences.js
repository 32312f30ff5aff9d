// Applies the saved text size, colours and motion before the page is drawn, so there is never
// a flash of the wrong size or colours. A classic script in <head> (not inline: strict CSPs
// refuse inline scripts). It must stay tiny and must never throw; it only reads. The app
// (src/preferences.rs) sets the same attributes from the same stored value.
(function () {
  var root = document.documentElement;
  // A browser that can run the app hides the "cannot work in this browser" notice at once; the
  // boot module shows it again if starting fails. Older browsers keep it.
  if (typeof WebAssembly === 'object' && 'noModule' in document.createElement('script')) {
    root.className += ' app-js';
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
    }
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
