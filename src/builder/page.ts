// builder.html's script: a module file rather than an inline script, so the page runs under `script-src 'self'`.
import './builder.js';

// ?base=https://example.org/sdg/dist/ : where the snippets point (default: dist/ beside this page).
const base = new URLSearchParams(location.search).get('base');
if (base) document.querySelector('embed-builder')?.setAttribute('base', base);
