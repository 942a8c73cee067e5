/**
 * End-of-line label placement: labels keep to their lines' last values but never overlap.
 *
 * One dimension only (the vertical axis). Labels are sorted by the position they want; overlapping neighbours are
 * merged into clusters that sit centred on the mean of their wishes, and clusters that then touch merge again, until
 * none overlap. The result keeps the order of the wishes and moves each label as little as a cluster allows
 * (the classic "dodge" of Observable Plot and of OWID's line labels, without iteration limits or randomness).
 */

export interface LabelWish {
  id: string;
  /** Position the label wants (its centre). */
  y: number;
  /** Height the label occupies (including any gap wanted between labels). */
  height: number;
}

export interface PlacedLabel extends LabelWish {
  /** Position given (the centre); `y` keeps the wish. */
  placed: number;
}

interface Cluster {
  items: LabelWish[];
  /** Top of the cluster. */
  top: number;
  height: number;
}

function settle(cluster: Cluster, min: number, max: number): void {
  // Centre the block on the mean of its wishes, then keep it inside [min, max].
  let offset = 0;
  let acc = 0;
  for (const item of cluster.items) {
    acc += item.y - (offset + item.height / 2);
    offset += item.height;
  }
  let top = acc / cluster.items.length;
  if (top + cluster.height > max) top = max - cluster.height;
  if (top < min) top = min;
  cluster.top = top;
}

/**
 * Places labels along [min, max] without overlaps. When they cannot all fit, they are packed from `min` and the last
 * ones overflow past `max` (never overlapping each other). Returned in input order.
 */
export function dodgeLabels(wishes: readonly LabelWish[], min: number, max: number): PlacedLabel[] {
  const sorted = [...wishes].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
  const clusters: Cluster[] = [];
  for (const item of sorted) {
    const cluster: Cluster = { items: [item], top: 0, height: item.height };
    settle(cluster, min, max);
    clusters.push(cluster);
    // Merge backwards while the new cluster overlaps the previous one.
    while (clusters.length > 1) {
      const last = clusters[clusters.length - 1];
      const prev = clusters[clusters.length - 2];
      if (prev.top + prev.height <= last.top + 1e-9) break;
      prev.items.push(...last.items);
      prev.height += last.height;
      clusters.pop();
      settle(prev, min, max);
    }
  }
  const placed = new Map<string, number>();
  for (const cluster of clusters) {
    let top = cluster.top;
    for (const item of cluster.items) {
      placed.set(item.id, top + item.height / 2);
      top += item.height;
    }
  }
  return wishes.map((w) => ({ ...w, placed: placed.get(w.id)! }));
}

/**
 * `text` shortened with an ellipsis to fit `maxWidth` (whole grapheme-ish code points, never mid-surrogate); the
 * text itself when it fits. The full text stays available to the table, tooltip and accessible names.
 */
export function fitText(text: string, maxWidth: number, measure: (t: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…') <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? chars.slice(0, lo).join('').trimEnd() + '…' : '…';
}
