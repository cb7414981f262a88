import { describe, expect, test } from 'vitest';
import { checklistItemKey, readTicks, writeTicks } from '../../src/lib/checklist-state';

const BOXES = ['decider:a1', 'decider:b2', 'preavis:c3'];

describe('readTicks', () => {
  test('reads back what writeTicks saved', () => {
    expect(readTicks(writeTicks(['decider:b2', 'preavis:c3']), BOXES)).toEqual(new Set(['decider:b2', 'preavis:c3']));
  });

  test('keeps only the boxes the page has: an item since removed is forgotten', () => {
    expect(readTicks(writeTicks(['decider:a1', 'ancienne-etape:zz']), BOXES)).toEqual(new Set(['decider:a1']));
  });

  test.each([
    ['nothing saved', null],
    ['an empty string', ''],
    ['broken JSON', '{"v":1,"ticked":["decider:a1"'],
    ['another version', '{"v":2,"ticked":["decider:a1"]}'],
    ['no version', '{"ticked":["decider:a1"]}'],
    ['a list that is not one', '{"v":1,"ticked":"decider:a1"}'],
    ['a bare array', '["decider:a1"]'],
    ['a number', '42'],
    ['null', 'null'],
    ['a value far too long to be ours', writeTicks(['decider:a1', ...Array.from({ length: 5000 }, (_, i) => `x:${i}`)])],
  ])('ignores %s, without failing', (_what, saved) => {
    expect(readTicks(saved, BOXES)).toEqual(new Set());
  });

  test('skips entries that are not keys, and keeps the others', () => {
    expect(readTicks('{"v":1,"ticked":[null,3,{"k":"decider:a1"},"preavis:c3"]}', BOXES)).toEqual(new Set(['preavis:c3']));
  });
});

describe('checklistItemKey', () => {
  test('is the same for the same list and words, build after build', () => {
    expect(checklistItemKey('donner-un-preavis', 'Notifier le préavis par écrit')).toBe(
      checklistItemKey('donner-un-preavis', 'Notifier le préavis par écrit'),
    );
    expect(checklistItemKey('donner-un-preavis', 'Notifier le préavis par écrit')).toMatch(/^donner-un-preavis:[0-9a-z]+$/);
  });

  test('changes with the words, so a tick never passes to a reworded item, and with the list', () => {
    const key = checklistItemKey('donner-un-preavis', 'Notifier le préavis par écrit');
    expect(checklistItemKey('donner-un-preavis', 'Notifier le préavis par courriel')).not.toBe(key);
    expect(checklistItemKey('facture-finale', 'Notifier le préavis par écrit')).not.toBe(key);
  });
});
