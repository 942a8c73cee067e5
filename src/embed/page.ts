/**
 * The script of `embed.html`: creates the element named in the query string (allow-listed, attributes set with
 * `setAttribute`), and tells the parent page its height whenever it changes, so `embed.js` can size the `<iframe>`.
 *
 * The height message goes to any parent origin (`'*'`): it carries only a number and the frame's id, nothing private.
 * The receiving side (`embed.js`) is the one that checks who sent it.
 */
import { HEIGHT_MESSAGE, parseEmbedParams, type EmbedHeightMessage } from './params.js';

function start() {
  const request = parseEmbedParams(location.search);
  const main = document.querySelector('main') ?? document.body;
  const lang = request.attributes.find(([n]) => n === 'lang')?.[1];
  const theme = request.attributes.find(([n]) => n === 'theme')?.[1];
  if (lang) document.documentElement.lang = lang;
  if (theme) document.documentElement.dataset.theme = theme;
  if (request.ignored.length) console.warn(`embed: ignored parameter(s): ${request.ignored.join(', ')}`);

  if (!request.tag) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Unknown or missing element: ${new URLSearchParams(location.search).get('el') ?? '(none)'}`;
    main.replaceChildren(p);
  } else {
    const el = document.createElement(request.tag);
    for (const [name, value] of request.attributes) el.setAttribute(name, value);
    main.replaceChildren(el);
  }

  let last = -1;
  let frame = 0;
  const post = () => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    const message: EmbedHeightMessage = { type: HEIGHT_MESSAGE, id: request.id, height };
    window.parent.postMessage(message, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(post);
  };
  new ResizeObserver(schedule).observe(document.documentElement);
  document.addEventListener('sdg-render', schedule);
  addEventListener('load', schedule);
  schedule();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
