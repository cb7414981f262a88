/*
 * The ticks of a checklist, saved on this device (src/scripts/saved-checklist.ts). What storage
 * holds is untrusted: another version of the site, a hand edit or a broken write may have left
 * anything there, and reading it never fails: what cannot be read is ignored.
 *
 * This module imports nothing: the checklist's script must stay a single inlined piece (a module
 * shared with the tools' scripts would become a chunk of its own, one more request for /rompre/).
 */

/** The shape of the saved value: a value of any other version is ignored. */
const VERSION = 1;
/** Far more than the ticks of any checklist of the guide: a longer value is not this site's. */
const MAX_SAVED_LENGTH = 20_000;

/** The boxes ticked in a saved value, among those the page has (`boxes`, their keys). */
export function readTicks(saved: string | null, boxes: readonly string[]): Set<string> {
  const ticked = new Set<string>();
  if (!saved || saved.length > MAX_SAVED_LENGTH) return ticked;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return ticked;
  }
  if (typeof value !== 'object' || value === null || !('v' in value) || !('ticked' in value)) return ticked;
  if (value.v !== VERSION || !Array.isArray(value.ticked)) return ticked;
  const known = new Set(boxes);
  for (const key of value.ticked as unknown[]) if (typeof key === 'string' && known.has(key)) ticked.add(key);
  return ticked;
}

/** The value to save for these ticked boxes. */
export const writeTicks = (ticked: Iterable<string>) => JSON.stringify({ v: VERSION, ticked: [...ticked] });

/**
 * A box's key: its list's name and a hash of its words (FNV-1a). A saved tick stays with its
 * item when the list is reordered or grows, and is dropped when the item's words change, rather
 * than passing to whatever item takes its place.
 */
export function checklistItemKey(list: string, words: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words.charCodeAt(i), 0x01000193);
  return `${list}:${(hash >>> 0).toString(36)}`;
}
