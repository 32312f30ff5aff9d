// Glossary marks on the reading pages (src/components/rich_text.rs): each is a link to the word's
// entry on the glossary page, with its meaning beside it, hidden. Where the browser has popovers,
// the link shows the meaning in place instead, as a button does (by keyboard, touch and screen
// reader alike); elsewhere (older Safari and Firefox), and without JavaScript, it stays a link.
// It stays an inline link element, not a <button>: a button is laid out as one box, so a long
// word would jump to the next line (and overflow a narrow screen at large text) when the mark
// changed. This runs in the boot module, not the wasm, so it works where WebAssembly is off.
if ('popover' in HTMLElement.prototype) {
  // Beside the word, within the window: below it, or above when it is low in the window.
  const place = (link, meaning) => {
    const box = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const margin = 8;
    const width = Math.min(meaning.offsetWidth || 352, innerWidth - 2 * margin);
    meaning.style.left = `${Math.max(margin, Math.min(box.left, innerWidth - width - margin))}px`;
    const last = [...link.getClientRects()].at(-1) ?? box;
    // On the side with more room, and no taller than that room, so the word stays in sight
    // (a tap on it closes the meaning) and the meaning never runs off the screen: at 200% text
    // on a phone a long one was taller than the window, its end and "Close" out of reach.
    const above = box.top - 4 - margin;
    const below = innerHeight - last.bottom - 4 - margin;
    if (above > below) {
      meaning.style.top = 'auto';
      meaning.style.bottom = `${innerHeight - box.top + 4}px`;
    } else {
      meaning.style.bottom = 'auto';
      meaning.style.top = `${last.bottom + 4}px`;
    }
    meaning.style.maxHeight = `${Math.max(above, below)}px`;
  };
  let open = null;
  for (const link of document.querySelectorAll('a.app-term[data-app-term]')) {
    const meaning = document.getElementById(link.getAttribute('data-app-term'));
    if (!meaning) continue;
    meaning.popover = 'auto';
    meaning.hidden = false;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', meaning.id);
    // A tap on the word while its meaning is open closes it: the popover's own light dismiss
    // has already closed it by the time the click arrives, so the click must not open it again.
    let wasOpen = false;
    link.addEventListener('pointerdown', () => {
      wasOpen = meaning.matches(':popover-open');
    });
    const toggle = (event) => {
      event.preventDefault();
      if (wasOpen) {
        wasOpen = false;
        return;
      }
      meaning.togglePopover();
    };
    link.addEventListener('click', toggle);
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') toggle(event);
    });
    meaning.addEventListener('beforetoggle', (event) => {
      if (event.newState === 'open') place(link, meaning);
    });
    meaning.addEventListener('toggle', (event) => {
      const shown = event.newState === 'open';
      link.setAttribute('aria-expanded', String(shown));
      open = shown ? [link, meaning] : null;
      if (shown) place(link, meaning);
    });
  }
  // An open meaning stays beside its word as the page scrolls (a screen reader reading on
  // scrolls it too, so it is moved, not closed).
  addEventListener('scroll', () => open && place(...open), { passive: true });
  addEventListener('resize', () => open && place(...open));
}
