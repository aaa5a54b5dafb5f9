/* global document, localStorage, matchMedia */
// Before first paint, so a dark system or choice never flashes light. A file rather than an inline
// script: the Content-Security-Policy allows the site's own scripts (astro.config.mjs).
try {
  const saved = JSON.parse(localStorage.getItem('leadgap') || '{}').state?.theme;
  const dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
} catch {
  document.documentElement.dataset.theme = 'light';
}
