// The deliberately naive baseline: a detector that reads the whole document's text on EVERY mutation and
// searches it for confirmation phrases. Injected into the page's main world (addInitScript) in a context
// without Baskets, so its cost is measured exactly like Baskets' content script.
(() => {
  const CONFIRM = /thank you for applying|application (?:was )?(?:submitted|received)|we(?:'|’)ve received your application/i;
  let found = false;
  const scan = () => {
    const text = document.body ? document.body.innerText : '';
    if (!found && CONFIRM.test(text)) found = true;
  };
  const start = () => {
    scan();
    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();
