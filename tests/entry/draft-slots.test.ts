/**
 * Two /saisie tabs keep two drafts: neither writes over the other, a reload keeps its own, a closed
 * tab's draft is restored by the next tab to open or offered to take up, and taking one up keeps the
 * text it replaces.
 */
import { describe, expect, it } from 'vitest';
import { ALIVE_MS, DraftSlots, STORAGE_KEY, type KeyValueStore } from '../../src/entry/draft-slots.ts';

class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  get length(): number {
    return this.values.size;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

type Draft = { lieu: string };
const coerce = (value: unknown): Draft | null => (value && typeof value === 'object' && typeof (value as Draft).lieu === 'string' ? (value as Draft) : null);
const blank = (draft: Draft) => draft.lieu === '';

describe('un brouillon par onglet', () => {
  let clock = 1_000_000;
  const now = () => clock;
  const local = new MemoryStore();
  const tab = (session = new MemoryStore()) => new DraftSlots<Draft>(local, session, coerce, blank, now);

  it('never writes over an open tab’s draft, says so to both, and keeps each tab’s own across a reload', () => {
    const sessionA = new MemoryStore();
    const a = tab(sessionA);
    expect(a.open()).toEqual({ restored: null, otherTabOpen: false });
    a.store({ lieu: 'Brest' });
    const b = tab();
    expect(b.open()).toEqual({ restored: null, otherTabOpen: true });
    b.store({ lieu: 'Quimper' });
    clock += 1000;
    a.store({ lieu: 'Brest centre' });
    expect(a.otherTabOpen()).toBe(true);
    expect(a.isOtherTab(b.slot, local.getItem(b.slot))).toBe(true);
    expect(a.isOtherTab(a.slot, local.getItem(a.slot))).toBe(false);
    // A reload of A (same session): its own draft, not B's.
    const reloaded = tab(sessionA);
    expect(reloaded.open().restored).toEqual({ lieu: 'Brest centre' });
    expect(tab(new MemoryStore()).kept()).toEqual([]); // both tabs open: nothing to take up
    a.stamp(true);
    b.stamp(true);
  });

  it('restores a closed tab’s draft in the next tab, and offers the others, keeping the text it replaces', () => {
    const a = tab();
    a.open();
    a.stamp(false);
    // B (Quimper) closed without saying so: its stamp grows old.
    clock += ALIVE_MS + 1;
    const c = tab();
    const opened = c.open();
    expect(opened.restored).toEqual({ lieu: 'Brest centre' });
    expect(opened.otherTabOpen).toBe(false);
    const kept = c.kept();
    expect(kept.map((k) => k.draft)).toEqual([{ lieu: 'Quimper' }]);
    c.store({ lieu: 'Rennes' });
    expect(c.takeUp(kept[0]?.key ?? '', { lieu: 'Rennes' })).toEqual({ lieu: 'Quimper' });
    expect(c.kept().map((k) => k.draft)).toEqual([{ lieu: 'Rennes' }]);
    expect(tab().open().otherTabOpen).toBe(true);
  });

  it('takes up an older draft without a tab (stored before tabs were told apart), and works without storage', () => {
    local.values.clear();
    local.setItem(STORAGE_KEY, JSON.stringify({ version: 1, draft: { lieu: 'Lorient' } }));
    expect(tab().open().restored).toEqual({ lieu: 'Lorient' });
    const none = new DraftSlots<Draft>(null, null, coerce, blank, now);
    expect(none.open()).toEqual({ restored: null, otherTabOpen: false });
    none.store({ lieu: 'Vannes' });
    expect(none.kept()).toEqual([]);
  });
});
