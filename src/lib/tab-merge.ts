/**
 * A JSON object. untrusted.ts's isRecord, repeated: this module loads apart from the page's first
 * code (once a second tab shows up), and sharing a module with that code splits it out of the
 * page's first download into a request of its own.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Two tabs of the same tool share one localStorage entry, which the browser can only replace
 * whole: the tab that writes last would undo what the other typed. So each tab merges instead,
 * part by part (a leaf of the saved JSON: one answer, one letter detail, one letter's subject),
 * keeping for each part its latest change, whichever tab made it.
 *
 * "Latest" is a Lamport clock: each change is numbered one past every number this tab has seen,
 * mine or another tab's, so a change made after seeing another one always comes after it, with
 * no wall clock to disagree between tabs; the tab's id breaks ties. An erase starts a new
 * generation, which wins over everything saved in an older one: an erase is never undone.
 *
 * Pure: the page reads and writes storage, and says what changed.
 */

/** When a part last changed: [count, tab]. */
export type Stamp = readonly [count: number, tab: string];
/** What is saved beside a state so that another tab can merge with it. */
export interface MergeInfo {
  /** When the current generation began (the last erase). */
  gen: Stamp;
  /** When each part last changed, by path; a part removed keeps its stamp, so the removal merges too. */
  stamps: Record<string, Stamp>;
}

const ZERO: Stamp = [0, ''];
export const NO_MERGE_INFO: MergeInfo = { gen: ZERO, stamps: {} };

/**
 * Whether `a` comes after `b`. Count 0 comes after nothing: it marks a change made before this tab
 * counted (see `start`), which any change saved in storage follows.
 */
export const after = (a: Stamp, b: Stamp) => a[0] > b[0] || (a[0] === b[0] && a[0] > 0 && a[1] > b[1]);

/** A leaf: a string, number, boolean or null, or an empty array or object (which has no leaves of its own). */
type Leaf = unknown;
/** A state's leaves by path, the path being the JSON array of its keys and indices: '["answers","retards"]'. */
export type Leaves = Map<string, Leaf>;

/** Every leaf of a JSON value, by path. */
export function leavesOf(value: unknown): Leaves {
  const leaves: Leaves = new Map();
  const walk = (node: unknown, path: (string | number)[]) => {
    const children = Array.isArray(node)
      ? node.map((child, i) => [i, child] as const)
      : isRecord(node)
        ? Object.entries(node).filter(([, child]) => child !== undefined)
        : [];
    if (children.length > 0) for (const [key, child] of children) walk(child, [...path, key]);
    else if (node !== undefined) leaves.set(JSON.stringify(path), Array.isArray(node) ? [] : isRecord(node) ? {} : node);
  };
  walk(value, []);
  return leaves;
}

type Segment = string | number;
type Container = Record<Segment, unknown>;
const isContainer = (v: unknown): v is Container => isRecord(v) || Array.isArray(v);

function byPath(a: Segment[], b: Segment[]) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The JSON value made of these leaves. Built in the order of the paths, so that every tab builds
 * the same value from the same leaves; an array whose middle items are gone closes up.
 */
export function valueOf(leaves: Leaves): unknown {
  const entries = [...leaves].map(([key, leaf]) => [JSON.parse(key) as Segment[], leaf] as const).sort(([a], [b]) => byPath(a, b));
  const root: Container = {};
  for (const [path, leaf] of entries) {
    let holder = root;
    let key: Segment = 'value';
    for (const segment of path) {
      if (!isContainer(holder[key])) holder[key] = typeof segment === 'number' ? [] : {};
      holder = holder[key] as Container;
      key = segment;
    }
    // An empty container merged beside leaves that go inside it is that container.
    if (!(isContainer(holder[key]) && isContainer(leaf))) holder[key] = Array.isArray(leaf) ? [] : isRecord(leaf) ? {} : leaf;
  }
  const closeUp = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.filter((item) => item !== undefined).map(closeUp)
      : isRecord(node)
        ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closeUp(v)]))
        : node;
  return closeUp(root['value']);
}

const same = (a: Leaf, b: Leaf) => a === b || JSON.stringify(a) === JSON.stringify(b);

const isStamp = (v: unknown): v is Stamp =>
  Array.isArray(v) &&
  v.length === 2 &&
  Number.isSafeInteger(v[0]) &&
  (v[0] as number) >= 0 &&
  typeof v[1] === 'string' &&
  v[1].length <= 40;
const isPath = (key: string) => {
  try {
    const path: unknown = JSON.parse(key);
    return Array.isArray(path) && path.every((s) => typeof s === 'string' || (Number.isSafeInteger(s) && (s as number) >= 0));
  } catch {
    return false;
  }
};
/** Most parts a saved state may stamp: far above any real state, to bound what is read. */
const MAX_STAMPS = 5_000;

/** The merge information saved beside a state, read as untrusted: anything off reads as none. */
export function readMergeInfo(raw: unknown): MergeInfo {
  if (!isRecord(raw) || !isStamp(raw['gen']) || !isRecord(raw['stamps'])) return NO_MERGE_INFO;
  const entries = Object.entries(raw['stamps']);
  if (entries.length > MAX_STAMPS || !entries.every(([path, stamp]) => isPath(path) && isStamp(stamp))) return NO_MERGE_INFO;
  return { gen: [raw['gen'][0], raw['gen'][1]], stamps: Object.fromEntries(entries) as Record<string, Stamp> };
}

/** What a merge gives the page. */
export interface Merged {
  /** The merged state, as a JSON value: the page shows it. */
  value: unknown;
  /** Whether it differs from the page's own state. */
  changed: boolean;
  /** What to save (with `value`), when storage does not hold it yet. */
  save: MergeInfo | undefined;
  /** Paths this tab had changed last, now replaced by a later change from another tab. */
  replaced: string[];
  /** Another tab erased everything since this tab's generation began. */
  erased: boolean;
}

interface Part {
  value: Leaf;
  stamp: Stamp;
}

/**
 * One tab's side of the merge. It remembers the state as last merged (to tell the page's own
 * changes from those it was given) and when each part changed.
 */
export class TabMerge {
  readonly #tab: string;
  #count = 0;
  #gen: Stamp = ZERO;
  /** Every part this tab knows, with its stamp; a removed part keeps its stamp and no value. */
  #parts = new Map<string, Part>();
  /** The page's state as of the last merge. */
  #shown: Leaves = new Map();

  constructor(tab: string) {
    this.#tab = tab;
  }

  #see(stamp: Stamp) {
    this.#count = Math.max(this.#count, stamp[0]);
  }

  #load(value: unknown, info: MergeInfo) {
    const leaves = leavesOf(value);
    this.#gen = info.gen;
    this.#see(info.gen);
    this.#parts = new Map();
    for (const [path, stamp] of Object.entries(info.stamps)) {
      this.#see(stamp);
      this.#parts.set(path, { value: undefined, stamp });
    }
    for (const [path, leaf] of leaves) this.#parts.set(path, { value: leaf, stamp: info.stamps[path] ?? ZERO });
    return leaves;
  }

  /**
   * The page opened on this saved state (or on nothing saved: an empty state, no info). `since`:
   * the state (value) the page opened on when it saved alone before (without counting, to load this code
   * only once a second tab shows up); the parts it changed since then are its own, so that a later
   * change of one of them from another tab is said to have replaced it.
   */
  start(value: unknown, info: MergeInfo = NO_MERGE_INFO, since?: { value: unknown }) {
    this.#shown = this.#load(value, info);
    if (!since) return;
    const opened = leavesOf(since.value);
    for (const path of new Set([...opened.keys(), ...this.#shown.keys()]))
      if (!same(opened.get(path), this.#shown.get(path))) this.#parts.set(path, { value: this.#shown.get(path), stamp: [0, this.#tab] });
  }

  /** A new generation: the page erased everything (keeping what `value` still holds). */
  restart(value: unknown) {
    this.#gen = [++this.#count, this.#tab];
    this.#parts = new Map([...leavesOf(value)].map(([path, leaf]) => [path, { value: leaf, stamp: ZERO }]));
    this.#shown = leavesOf(value);
  }

  /** Another tab erased everything: the page shows `value` (empty) until that tab's new state arrives. */
  erasedElsewhere(value: unknown) {
    this.#parts = new Map([...this.#parts].map(([path, part]) => [path, { value: undefined, stamp: part.stamp }]));
    for (const [path, leaf] of leavesOf(value)) this.#parts.set(path, { value: leaf, stamp: this.#parts.get(path)?.stamp ?? ZERO });
    this.#shown = leavesOf(value);
  }

  /** The merge information of the state as this tab knows it. */
  info(): MergeInfo {
    const stamps: Record<string, Stamp> = {};
    for (const [path, { stamp }] of this.#parts) if (stamp[0] > 0) stamps[path] = stamp;
    return { gen: this.#gen, stamps };
  }

  /**
   * Stamps the page's own changes since the last merge, then merges what storage holds (its
   * value and info, when it holds a readable state) part by part: the later change of each part
   * wins, and a tie goes to storage's, so that two tabs agree without writing back and forth.
   */
  merge(mine: unknown, stored?: { value: unknown; info: MergeInfo }): Merged {
    const local = leavesOf(mine);
    const stamp: Stamp = [this.#count + 1, this.#tab];
    let stamped = false;
    for (const path of new Set([...local.keys(), ...this.#shown.keys()])) {
      if (same(local.get(path), this.#shown.get(path))) continue;
      this.#parts.set(path, { value: local.get(path), stamp });
      stamped = true;
    }
    if (stamped) this.#count += 1;

    const replaced: string[] = [];
    let erased = false;
    let storedParts: Map<string, Part> | undefined;
    if (stored) {
      const theirs = new TabMerge('');
      theirs.#load(stored.value, stored.info);
      storedParts = theirs.#parts;
      this.#see(stored.info.gen);
      for (const part of storedParts.values()) this.#see(part.stamp);
      if (after(stored.info.gen, this.#gen)) {
        erased = true;
        this.#gen = stored.info.gen;
        this.#parts = new Map(storedParts);
      } else if (!after(this.#gen, stored.info.gen)) {
        for (const [path, part] of storedParts) {
          const own = this.#parts.get(path);
          if (own && after(own.stamp, part.stamp)) continue;
          if (own && own.stamp[1] === this.#tab && !same(own.value, part.value)) replaced.push(path);
          this.#parts.set(path, part);
        }
      }
    }

    const merged: Leaves = new Map();
    for (const [path, part] of this.#parts) if (part.value !== undefined) merged.set(path, part.value);
    const differs = (a: Leaves, b: Leaves) => a.size !== b.size || [...a].some(([path, leaf]) => !b.has(path) || !same(leaf, b.get(path)));
    const inStorage =
      storedParts !== undefined &&
      !after(this.#gen, stored!.info.gen) &&
      storedParts.size === this.#parts.size &&
      [...this.#parts].every(([path, part]) => {
        const theirs = storedParts.get(path);
        return (
          theirs !== undefined && same(theirs.value, part.value) && !after(part.stamp, theirs.stamp) && !after(theirs.stamp, part.stamp)
        );
      });
    this.#shown = merged;
    return { value: valueOf(merged), changed: differs(local, merged), save: inStorage ? undefined : this.info(), replaced, erased };
  }
}

/** A tab's id: random, so two tabs never share one. */
export const newTabId = () => Math.random().toString(36).slice(2, 10);
