import { describe, expect, test } from 'vitest';
import { leavesOf, readMergeInfo, TabMerge, valueOf, type MergeInfo } from '../../src/lib/tab-merge';

/**
 * Two tabs and the storage entry they share, as the browser runs them: a tab's change is merged
 * with what storage holds and saved if storage lacks it; the other tab then hears of it.
 */
function twoTabs<T>(initial: T) {
  let stored: { value: unknown; info: MergeInfo } | undefined;
  const tab = (id: string) => {
    const merge = new TabMerge(id);
    merge.start(initial);
    let state: unknown = initial;
    return {
      get state() {
        return state as T;
      },
      /** The reader changes something here; the page merges it with storage and saves. */
      change(next: T) {
        state = next;
        return this.sync();
      },
      /** Storage changed (another tab saved): this tab merges it. */
      sync() {
        const result = merge.merge(state, stored);
        state = result.value;
        if (result.save) stored = { value: result.value, info: result.save };
        return result;
      },
      /** Merges what storage held at some earlier moment (a late storage event). */
      hear(old: { value: unknown; info: MergeInfo } | undefined) {
        const result = merge.merge(state, old);
        state = result.value;
        return result;
      },
      erase(next: T) {
        state = next;
        merge.restart(next);
        return this.sync();
      },
    };
  };
  return { a: tab('a'), b: tab('b'), stored: () => stored };
}

const letter = {
  answers: { retards: 'toujours' } as Record<string, string>,
  edits: { documents: { lettre: {} as Record<string, string> } },
};
type Letter = typeof letter;
const withDoc = (state: Letter, doc: Record<string, string>): Letter => ({
  ...state,
  edits: { documents: { lettre: { ...state.edits.documents.lettre, ...doc } } },
});

describe('leaves', () => {
  test('a state is the sum of its leaves, empty containers included, and comes back whole from them', () => {
    const state = { answers: { a: 'x', b: 2 }, invoices: [{ number: 'F-1', due: '' }], fields: {}, list: [], on: true, none: null };
    const leaves = leavesOf(state);
    expect([...leaves.keys()]).toContain('["invoices",0,"number"]');
    expect(leaves.get('["fields"]')).toEqual({});
    expect(valueOf(leaves)).toEqual(state);
  });

  test('an array whose middle item is gone closes up, whatever order the leaves come in', () => {
    const leaves = new Map([
      ['["rows",2,"n"]', 'c'],
      ['["rows",0,"n"]', 'a'],
    ]);
    expect(valueOf(leaves)).toEqual({ rows: [{ n: 'a' }, { n: 'c' }] });
  });

  test('an empty container merged beside leaves that belong inside it holds them', () => {
    expect(
      valueOf(
        new Map<string, unknown>([
          ['["rows"]', []],
          ['["rows",0,"n"]', 'a'],
        ]),
      ),
    ).toEqual({ rows: [{ n: 'a' }] });
  });
});

describe('two tabs', () => {
  test('a tab that only follows never writes back: the other tab is never sent its own words again', () => {
    const { a, b } = twoTabs(letter);
    a.change(withDoc(a.state, { body: 'C' }));
    const heard = b.sync();
    expect(b.state.edits.documents.lettre.body).toBe('C');
    expect(heard.changed).toBe(true);
    expect(heard.save).toBeUndefined();
  });

  test('typing in one tab while the other follows: every keystroke arrives, in order, nothing doubled or lost', () => {
    const { a, b } = twoTabs(withDoc(letter, { body: 'Madame, Monsieur' }));
    for (const text of ['C', 'Ch', 'Chè', 'Chèr', 'Chère']) {
      a.change(withDoc(a.state, { body: `${text}Madame, Monsieur` }));
      expect(b.sync().save).toBeUndefined();
    }
    expect(a.state.edits.documents.lettre.body).toBe('ChèreMadame, Monsieur');
    expect(b.state.edits.documents.lettre.body).toBe('ChèreMadame, Monsieur');
  });

  test('a late echo of an older state never takes back what was typed since', () => {
    const { a, b, stored } = twoTabs(letter);
    a.change(withDoc(a.state, { body: 'Ch' }));
    const old = stored();
    b.sync();
    a.change(withDoc(a.state, { body: 'Chère' }));
    expect(a.hear(old).changed).toBe(false);
    expect(a.state.edits.documents.lettre.body).toBe('Chère');
  });

  test('the subject typed in one tab and the body in the other, saved at the same moment: both are kept, in both tabs', () => {
    const { a, b } = twoTabs(letter);
    // Neither has heard of the other's change when it saves: the last save holds only its own.
    a.change(withDoc(a.state, { subject: 'Fin de contrat' }));
    b.change(withDoc(b.state, { body: 'Bonjour,' }));
    a.sync();
    b.sync();
    for (const tab of [a, b]) expect(tab.state.edits.documents.lettre).toEqual({ subject: 'Fin de contrat', body: 'Bonjour,' });
  });

  test('one answer changed in each tab: both answers stay', () => {
    const { a, b } = twoTabs(letter);
    a.change({ ...a.state, answers: { ...a.state.answers, retards: 'parfois' } });
    b.change({ ...b.state, answers: { ...b.state.answers, demandes: 'souvent' } } as Letter);
    a.sync();
    expect(a.state.answers).toEqual({ retards: 'parfois', demandes: 'souvent' });
    expect(b.state.answers).toEqual({ retards: 'parfois', demandes: 'souvent' });
  });

  test('the same part changed in both tabs: the later change wins whole, and the tab whose change lost is told which part', () => {
    const { a, b } = twoTabs(letter);
    a.change(withDoc(a.state, { body: 'Version de A' }));
    b.sync();
    b.change(withDoc(b.state, { body: 'Version de B, écrite après' }));
    const heard = a.sync();
    expect(a.state.edits.documents.lettre.body).toBe('Version de B, écrite après');
    expect(heard.replaced).toEqual(['["edits","documents","lettre","body"]']);
    // B's change did not replace anything B had: it is told nothing.
    expect(b.sync().replaced).toEqual([]);
  });

  test('an erase wins over changes the other tab made before hearing of it, and the other tab learns it was erased', () => {
    const { a, b } = twoTabs(letter);
    b.change(withDoc(b.state, { body: 'Écrit dans B' }));
    a.sync();
    // B types once more, but A erases before hearing of it: B's save is then the older generation.
    const late = withDoc(b.state, { body: 'Écrit dans B, encore' });
    a.erase({ answers: {}, edits: { documents: { lettre: {} } } });
    const heard = b.change(late);
    expect(heard.erased).toBe(true);
    expect(b.state).toEqual({ answers: {}, edits: { documents: { lettre: {} } } });
    expect(a.sync().changed).toBe(false);
  });

  test('a removed part stays removed in the other tab', () => {
    const { a, b } = twoTabs({ rows: [{ n: 'F-1' }, { n: 'F-2' }] });
    a.change({ rows: [{ n: 'F-1' }] });
    b.sync();
    expect(b.state).toEqual({ rows: [{ n: 'F-1' }] });
  });
});

describe('a tab that saved alone until another one showed up', () => {
  test('its parts changed since it opened are its own: replaced by a later change elsewhere, it is told which; the others follow silently', () => {
    const opened = { answers: { retards: 'toujours' }, fields: { clientName: '', yourName: '' } };
    const savedAlone = { ...opened, fields: { clientName: 'Zoé', yourName: '' } };
    const theirs = { ...opened, fields: { clientName: 'Hélène', yourName: 'Claire' } };
    const merge = new TabMerge('a');
    merge.start(savedAlone, undefined, { value: opened });
    const heard = merge.merge(savedAlone, { value: theirs, info: { gen: [0, ''], stamps: {} } });
    expect(heard.value).toEqual(theirs);
    expect(heard.replaced).toEqual(['["fields","clientName"]']);
    // Nothing to save: storage holds the merged state already.
    expect(heard.save).toBeUndefined();
  });
});

describe('merge information read back', () => {
  test('is taken when well formed, and ignored (never thrown on) when not', () => {
    const good = { gen: [3, 'ab'], stamps: { '["answers","x"]': [4, 'ab'] } };
    expect(readMergeInfo(good)).toEqual(good);
    for (const bad of [undefined, 'x', { gen: [1], stamps: {} }, { gen: [1, 'a'], stamps: { 'not json': [1, 'a'] } }])
      expect(readMergeInfo(bad)).toEqual({ gen: [0, ''], stamps: {} });
  });
});
