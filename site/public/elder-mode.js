/* global localStorage, document */
// 长辈模式 before first paint: a tiny blocking script in <head> (the site's CSP allows no inline
// scripts). The switch itself is site/components/elder/pufa-elder-toggle.ts.
try {
  if (localStorage.getItem('pufa-elder') === '1') document.documentElement.setAttribute('data-elder', '');
} catch {
  // Storage blocked: the page stays in normal mode.
}
