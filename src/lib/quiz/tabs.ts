import { isRecord, readMergeInfo, type MergeInfo } from '../tab-merge';
import type { SavedState } from './state';

/**
 * The self-assessment's saved state as two tabs merge it (src/lib/tab-merge.ts). Loaded only once
 * a second tab shows up (a single tab saves as it always did), so it imports nothing the page's
 * first code holds: reading and writing a saved state (state.ts) are given to it.
 */
export interface StateCodec {
  /** A saved state read back and checked; undefined when it does not read. */
  read(raw: string | null): SavedState | undefined;
  text(state: SavedState): string;
}

/** What storage holds, as a merge takes it: the state and the merge information saved beside it; undefined when unreadable. */
export function storedForMerge(codec: StateCodec, raw: string | null): { value: unknown; info: MergeInfo } | undefined {
  const saved = codec.read(raw);
  if (!saved) return undefined;
  const json = JSON.parse(raw!) as { merge?: unknown };
  return { value: mergeableState(saved), info: readMergeInfo(json.merge) };
}

/**
 * A saved state as two tabs merge it, part by part: each answer, each letter detail, each cell of
 * the invoices, and each edited text (documents by id, so that their order does not matter).
 */
export function mergeableState({ answers, fields, invoices, exitMode, position, edits }: SavedState): unknown {
  return {
    answers,
    fields,
    invoices,
    exitMode,
    position,
    edits: edits && {
      basis: edits.basis,
      conversation: edits.conversation,
      documents: Object.fromEntries(edits.documents.map(({ id, ...parts }) => [id, parts])),
    },
  };
}

/** Back from a merged value to a saved state, checked as anything read back; undefined if it does not read. */
export function fromMergeable(codec: StateCodec, value: unknown): SavedState | undefined {
  if (!isRecord(value)) return undefined;
  const { invoices, edits } = value;
  const state = {
    ...value,
    // A row or an edit merged from two tabs may lack a part: it starts empty, as a new one does.
    invoices: Array.isArray(invoices) ? invoices.map((row) => ({ number: '', amount: '', due: '', ...(isRecord(row) ? row : {}) })) : [],
    edits: isRecord(edits)
      ? {
          ...edits,
          basis: edits['basis'] ?? '',
          documents: Object.entries(isRecord(edits['documents']) ? edits['documents'] : {}).map(([id, parts]) => ({
            ...(isRecord(parts) ? parts : {}),
            id,
          })),
        }
      : undefined,
  };
  return codec.read(codec.text(state as SavedState));
}
