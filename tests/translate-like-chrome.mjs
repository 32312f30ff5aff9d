// Translation as Chrome, Edge and Google Translate do it, for the browser tests
// (tests/e2e/translated.test.mjs) and the smoke list in every engine (tests/engines/smoke.mjs):
// every text node is swapped for two <font> elements holding its words (kept the same here, so
// plain and translated pages can be compared), now and whenever one is added; text marked
// translate="no" is left alone, as Chrome leaves it. Runs in the page, so it is self-contained.
export function translateLikeChrome() {
  const wrap = (node) => {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent || parent.closest('script, style, noscript, title, option, textarea, font, [translate="no"]')) return;
    const outer = document.createElement('font');
    outer.appendChild(document.createElement('font')).appendChild(document.createTextNode(node.data));
    node.replaceWith(outer);
  };
  const walk = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return wrap(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    while (walker.nextNode()) found.push(walker.currentNode);
    found.forEach(wrap);
  };
  walk(document.body);
  new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(walk))).observe(document.body, { childList: true, subtree: true });
  return true;
}
