import type { SavedState } from '../../lib/quiz/state';
import { fromMergeable, mergeableState, storedForMerge, type StateCodec } from '../../lib/quiz/tabs';
import { newTabId, TabMerge, type Merged } from '../../lib/tab-merge';
import { isHolding } from '../browser/holding';
import type { savedLocally } from '../browser/saved-locally';

/**
 * The self-assessment open in two tabs, fetched once a second tab shows up (a single tab saves
 * as it always did): each change is merged with what the other tab saved, part by part, rather
 * than replacing it (src/lib/tab-merge.ts). It imports nothing the page's first code holds.
 */
export class QuizTabs {
  readonly #merge = new TabMerge(newTabId());
  readonly #codec: StateCodec;
  readonly #storage: ReturnType<typeof savedLocally>;

  /**
   * `base`: what this tab last read from storage or wrote there, which its own changes are counted
   * from; `opened`: the state the page opened on (it has saved alone since: its changes since are its own).
   */
  constructor(codec: StateCodec, storage: ReturnType<typeof savedLocally>, base: string | null, opened: string | null) {
    this.#codec = codec;
    this.#storage = storage;
    const stored = storedForMerge(codec, base);
    this.#merge.start(stored?.value, stored?.info, { value: storedForMerge(codec, opened)?.value });
  }

  /** Merges this tab's state with what storage holds: the merged state, to take up if `changed`, and to save with `save` if storage lacks it. */
  merge(local: SavedState): (Merged & { state: SavedState }) | undefined {
    const merged = this.#merge.merge(mergeableState(local), storedForMerge(this.#codec, this.#storage.read()));
    const state = fromMergeable(this.#codec, merged.value);
    return state && { ...merged, state };
  }

  /** This tab erased everything (keeping what `local` still holds): a new generation, which wins over older saves. */
  restart(local: SavedState) {
    this.#merge.restart(mergeableState(local));
  }

  /** Another tab erased everything: this one shows `local` (empty) until that tab's new state arrives. */
  erasedElsewhere(local: SavedState) {
    this.#merge.erasedElsewhere(mergeableState(local));
  }

  /** Whether the reader is typing in a text that holds back another tab's version (it will say so itself). */
  typingHeld() {
    return isHolding(document.activeElement);
  }
}
