// The demo page's script (index.html): a file, not an inline <script>, so that the page runs under a strict CSP.
// The language switch lists every shipped language by its own name and sets the page's lang and dir
// (right-to-left for Dari and Pashto); every element follows the page's lang.
import { languages } from '/src/index.ts';
const select = document.getElementById('lang');
select.replaceChildren(
  ...languages.map((l) => {
    const o = new Option(l.name, l.code);
    o.lang = l.code;
    o.dir = l.dir;
    return o;
  }),
);
const apply = (tag) => {
  const lang = languages.find((l) => l.code === tag) ?? languages[0];
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
};
const fromUrl = new URLSearchParams(location.search).get('lang');
if (fromUrl && languages.some((l) => l.code === fromUrl)) select.value = fromUrl;
apply(select.value);
// The region map's zoom buttons: zoomTo(code) frames one country; zoomTo('') goes back to the full view.
const regionMap = document.getElementById('regionmap');
for (const b of document.querySelectorAll('button[data-zoom]')) {
  b.addEventListener('click', () => regionMap.zoomTo?.(b.dataset.zoom));
}
select.addEventListener('change', () => {
  apply(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
