/** Light and dark themes as app.css defines them, read from the page's own style sheets so there is one source of colours. */

/** Scheme is a colour theme of the page. */
export type Scheme = 'light' | 'dark';

/** readTheme returns the custom properties (--text, --panel, …) app.css sets on :root for `scheme`. */
function readTheme(scheme: Scheme): Record<string, string> {
  const vars: Record<string, string> = {};
  const take = (rule: CSSRule) => {
    if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') return;
    for (const name of Array.from(rule.style)) if (name.startsWith('--')) vars[name] = rule.style.getPropertyValue(name).trim();
  };
  const isDark = (rule: CSSRule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText);
  const sheets = Array.from(document.styleSheets);
  // Light is the base; the dark block only overrides what it names.
  for (const sheet of sheets) for (const rule of Array.from(sheet.cssRules)) take(rule);
  if (scheme === 'dark') {
    for (const sheet of sheets) for (const rule of Array.from(sheet.cssRules)) if (isDark(rule)) Array.from(rule.cssRules).forEach(take);
  }
  return vars;
}

/** applyTheme forces `scheme` on the page (null follows the system again) and returns the cleanup that undoes it. */
export function applyTheme(scheme: Scheme | null): () => void {
  const root = document.documentElement;
  if (!scheme) return () => {};
  const vars = readTheme(scheme);
  const before = root.getAttribute('style');
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
  root.style.setProperty('color-scheme', scheme);
  root.dataset.theme = scheme;
  return () => {
    if (before === null) root.removeAttribute('style');
    else root.setAttribute('style', before);
    delete root.dataset.theme;
  };
}
