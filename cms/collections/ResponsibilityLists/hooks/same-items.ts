/**
 * True when two versions of the items array say the same thing. Row ids, relation depth and
 * timestamps differ between what the admin sends and what is stored, so compare content only.
 */
export function sameItems(a: unknown, b: unknown): boolean {
  if (b === undefined) return true; // the update does not touch items
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

const ref = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as { id: unknown }).id) : String(v));

function normalize(items: unknown): unknown[] {
  if (!Array.isArray(items)) return [];
  return items.map((raw) => {
    const item = raw as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) {
      if (key === 'id') continue;
      const v = item[key];
      if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      if (key === 'deadline') out[key] = String(v).slice(0, 10);
      else if (Array.isArray(v)) out[key] = v.map((x) => (typeof x === 'object' ? ref(x) : String(x)));
      else out[key] = v;
    }
    return out;
  });
}
