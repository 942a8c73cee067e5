/**
 * `embed.js`: include it once on a page with `<iframe data-sdg-embed src=".../embed.html?…">` frames; it sets each
 * frame's height from the `{type: 'sdg-embed-height', id, height}` messages the embed page posts.
 *
 * Origin checks: a message is used only if it comes from the very window of one of those frames
 * (`event.source === frame.contentWindow`) and from the origin of that frame's `src`. A value in `data-sdg-embed`
 * (`data-sdg-embed="https://maps.example.org"`) restricts the origin further. Heights outside 1–20000 px are ignored.
 */
const MAX_HEIGHT = 20000;

interface SdgEmbedWindow {
  __sdgEmbed?: boolean;
}

function onMessage(event: MessageEvent) {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== 'sdg-embed-height') return;
  const height = Number(data.height);
  if (!Number.isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-sdg-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    let origin: string;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    const allowed = frame.dataset.sdgEmbed?.trim();
    if (event.origin !== origin || (allowed && event.origin !== allowed)) return;
    // The snippet's style attribute is dropped on pages with a strict style-src; the CSSOM is not.
    if (!frame.style.borderStyle) frame.style.border = '0';
    if (!frame.style.maxWidth) frame.style.maxWidth = '100%';
    frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
}

const w = window as Window & SdgEmbedWindow;
if (!w.__sdgEmbed) {
  w.__sdgEmbed = true;
  window.addEventListener('message', onMessage);
}
export {};
