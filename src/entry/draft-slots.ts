/**
 * Where each open /saisie tab keeps its draft in the browser's storage, so that two tabs never write
 * over each other's text (they did, silently: the last key stroke's tab won). The first tab keeps the
 * usual key; a tab opened while another one lives gets its own key. A tab says it is alive by a time
 * stamp it renews while open and clears when closed; a draft whose tab is gone is restored by the next
 * tab to open (the usual key), or offered to take up (any other). A reload keeps its tab's key (the
 * tab's id is kept for the session). Storage may be refused (private browsing, policies): the form
 * then works without it. No DOM: the storages and the clock are given.
 */

export const STORAGE_KEY = 'livre-blanc:saisie:brouillon';
/** The tab's id, in the tab's own session storage: kept across a reload, new in a new tab. */
export const TAB_ID_KEY = 'livre-blanc:saisie:onglet';
/** A tab renews its stamp this often… */
export const HEARTBEAT_MS = 5000;
/** …and is taken for closed once its stamp is this old. */
export const ALIVE_MS = 15_000;

/** The storage calls used (localStorage and sessionStorage have them). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export interface StoredRecord {
  version: 1;
  draft: unknown;
  /** The id of the tab writing it; absent in a draft stored before tabs were told apart. */
  tab?: string;
  /** When the tab last said it was open (0: closed). */
  aliveAt?: number;
  savedAt?: number;
}

/** A draft kept by a closed tab, which this one may take up. */
export interface KeptDraft {
  key: string;
  draft: unknown;
  savedAt: number | null;
}

export interface OpenedSlots<T> {
  /** This tab's draft to show: its own after a reload, else the usual key's if its tab is closed. */
  restored: T | null;
  /** Whether another tab of the form is open now. */
  otherTabOpen: boolean;
}

function read(storage: KeyValueStore, key: string): StoredRecord | null {
  try {
    const raw = storage.getItem(key);
    const value = raw ? (JSON.parse(raw) as Partial<StoredRecord>) : null;
    return value && value.version === 1 ? (value as StoredRecord) : null;
  } catch {
    return null;
  }
}

export class DraftSlots<T> {
  readonly tab: string;
  /** The key this tab writes its draft to. */
  slot = STORAGE_KEY;

  private readonly storage: KeyValueStore | null;
  private readonly coerce: (value: unknown) => T | null;
  private readonly blank: (draft: T) => boolean;
  private readonly now: () => number;

  /** `coerce`: a stored value made a draft (null when it is none); `blank`: whether a draft holds nothing. */
  constructor(
    storage: KeyValueStore | null,
    session: KeyValueStore | null,
    coerce: (value: unknown) => T | null,
    blank: (draft: T) => boolean,
    now: () => number = Date.now,
  ) {
    this.storage = storage;
    this.coerce = coerce;
    this.blank = blank;
    this.now = now;
    let tab: string | null = null;
    try {
      tab = session?.getItem(TAB_ID_KEY) ?? null;
      if (!tab) {
        tab = randomId();
        session?.setItem(TAB_ID_KEY, tab);
      }
    } catch {
      tab ??= randomId();
    }
    this.tab = tab;
  }

  /** Whether a record is another tab's, still open. */
  private othersAlive(record: StoredRecord | null): boolean {
    return record !== null && record.tab !== undefined && record.tab !== this.tab && this.now() - (record.aliveAt ?? 0) < ALIVE_MS;
  }

  private keys(): string[] {
    const keys: string[] = [];
    try {
      if (!this.storage) return keys;
      for (let index = 0; index < this.storage.length; index++) {
        const key = this.storage.key(index);
        if (key === STORAGE_KEY || key?.startsWith(`${STORAGE_KEY}:`)) keys.push(key);
      }
    } catch {
      // Refused: no draft kept.
    }
    return keys;
  }

  open(): OpenedSlots<T> {
    const ownKey = `${STORAGE_KEY}:${this.tab}`;
    const own = this.storage ? read(this.storage, ownKey) : null;
    const main = this.storage ? read(this.storage, STORAGE_KEY) : null;
    let restored: unknown = null;
    if (own) {
      this.slot = ownKey;
      restored = own.draft;
    } else if (this.othersAlive(main)) this.slot = ownKey;
    else {
      this.slot = STORAGE_KEY;
      restored = main?.draft ?? null;
    }
    // Blank drafts of closed tabs are nothing to offer: removed.
    for (const key of this.keys()) {
      const record = key === this.slot ? null : this.storage && read(this.storage, key);
      if (!record || key === STORAGE_KEY || this.othersAlive(record)) continue;
      const draft = this.coerce(record.draft);
      if (!draft || this.blank(draft)) this.remove(key);
    }
    return { restored: this.coerce(restored), otherTabOpen: this.otherTabOpen() };
  }

  /** Whether the browser lets the draft be kept (storage refused: private browsing, policies). */
  canStore(): boolean {
    try {
      const probe = `${STORAGE_KEY}:essai`;
      this.storage?.setItem(probe, '1');
      this.storage?.removeItem(probe);
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  otherTabOpen(): boolean {
    return this.keys().some((key) => this.othersAlive(this.storage && read(this.storage, key)));
  }

  /** Whether a change of `key` in another tab (a storage event) is another open tab's. */
  isOtherTab(key: string | null, value: string | null): boolean {
    if (key === null || (key !== STORAGE_KEY && !key.startsWith(`${STORAGE_KEY}:`)) || !value) return false;
    try {
      const record = JSON.parse(value) as Partial<StoredRecord>;
      return record.version === 1 && this.othersAlive(record as StoredRecord);
    } catch {
      return false;
    }
  }

  /** Stores this tab's draft; never over an open tab's (two tabs opened at once both took the usual key). */
  store(draft: T): void {
    if (!this.storage) return;
    if (this.slot === STORAGE_KEY && this.othersAlive(read(this.storage, STORAGE_KEY))) this.slot = `${STORAGE_KEY}:${this.tab}`;
    const now = this.now();
    this.write(this.slot, { version: 1, draft, tab: this.tab, aliveAt: now, savedAt: now });
  }

  /** Renews this tab's stamp (`alive`), or clears it as the tab closes; the draft stored is left as it is. */
  stamp(alive: boolean): void {
    const record = this.storage ? read(this.storage, this.slot) : null;
    if (record?.tab !== this.tab) return;
    this.write(this.slot, { ...record, aliveAt: alive ? this.now() : 0 });
  }

  clear(): void {
    this.remove(this.slot);
  }

  /** Drafts of closed tabs other than this one's, not blank, most recent first. */
  kept(): KeptDraft[] {
    const kept: KeptDraft[] = [];
    for (const key of this.keys()) {
      const record = key === this.slot || !this.storage ? null : read(this.storage, key);
      if (!record || this.othersAlive(record)) continue;
      const draft = this.coerce(record.draft);
      if (draft && !this.blank(draft)) kept.push({ key, draft: record.draft, savedAt: record.savedAt ?? null });
    }
    return kept.sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
  }

  /**
   * Takes up a kept draft: this tab's own text, unless blank, is kept in its stead under a key of its
   * own (offered in turn), never lost; the kept one's key goes. Returns the draft taken up.
   */
  takeUp(key: string, current: T): T | null {
    const record = this.storage ? read(this.storage, key) : null;
    const draft = record ? this.coerce(record.draft) : null;
    if (!record || !draft || this.othersAlive(record)) return null;
    if (!this.blank(current)) {
      const now = this.now();
      this.write(`${STORAGE_KEY}:${randomId()}`, { version: 1, draft: current, aliveAt: 0, savedAt: now });
    }
    this.remove(key);
    this.store(draft);
    return draft;
  }

  private write(key: string, record: StoredRecord): void {
    try {
      this.storage?.setItem(key, JSON.stringify(record));
    } catch {
      // Refused or full: the draft lives only in the page.
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing stored.
    }
  }
}

function randomId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
}
