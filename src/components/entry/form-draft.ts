/** Reading the /saisie form into a draft, and filling it back from one (a restored draft). */
import { PROFILE_IDS, SECTION_TAGS, WORKSHOP_FORMATS, emptyDraft, type NoteDraft, type WorkshopFormat } from '../../entry/draft.ts';
import { departmentChoices } from '../../entry/choices.ts';
import { readTypedRegion, regionFieldText } from '../../entry/region-input.ts';
import { resolveDepartment } from '../../pipeline/referentiels/places.ts';
import { formatItemLine, parseItemLine } from '../../entry/item-line.ts';
import { itemElements, replaceItems } from './item-list.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent de la page.`);
  return element as T;
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
/**
 * A number box as typed, even one the note cannot hold (« -3 », « 2.5 »): the check says why next to
 * the box and keeps it out of the note (form-counts.ts), rather than the number vanishing here.
 */
const count = (input: HTMLInputElement | null): number | null => {
  // What the browser cannot read as a number (« - », « 1e ») reaches the script as an empty value: it is
  // kept as NaN, which the check names (« pas un nombre ») instead of the box silently counting for nothing.
  if (input?.validity.badInput) return Number.NaN;
  const text = input?.value.trim() ?? '';
  const value = text ? Number(text) : Number.NaN;
  return Number.isFinite(value) ? value : null;
};

export function readForm(form: HTMLFormElement): NoteDraft {
  const draft = emptyDraft();
  // The region's code when the text names one for sure; else the text, which the check calls unknown.
  const region = byId<HTMLInputElement>('f-region').value;
  draft.region = readTypedRegion(region).code ?? region.trim();
  draft.lieu = byId<HTMLInputElement>('f-lieu').value;
  draft.date = byId<HTMLInputElement>('f-date').value;
  draft.titre = byId<HTMLInputElement>('f-titre').value;
  const format = form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value;
  draft.format = WORKSHOP_FORMATS.includes(format as WorkshopFormat) ? (format as WorkshopFormat) : 'presentiel';
  draft.jeunes = byId<HTMLInputElement>('f-jeunes').checked;
  draft.departements = [...form.querySelectorAll<HTMLInputElement>('input[name="departement"]:checked')].map((i) => i.value);
  draft.structures = lines(byId<HTMLTextAreaElement>('f-structures').value);
  draft.ambassadeurs = lines(byId<HTMLTextAreaElement>('f-ambassadeurs').value);
  draft.participants.total = count(byId<HTMLInputElement>('f-total'));
  for (const id of PROFILE_IDS) {
    const value = count(byId<HTMLInputElement>(`f-profil-${id}`));
    if (value !== null) draft.participants.profils[id] = value;
  }
  draft.contexte = byId<HTMLTextAreaElement>('f-contexte').value;
  for (const tag of SECTION_TAGS) {
    draft.items[tag] = itemElements(tag).map((li) => {
      // The text field is read as typed: `#tags` and `(N votes)` in it are the note's own markers.
      const text = li.querySelector<HTMLTextAreaElement>('.item-text')?.value ?? '';
      const votes = count(li.querySelector<HTMLInputElement>('.item-votes'));
      return { text, themes: [], votes };
    });
  }
  return draft;
}

/**
 * What the region field understood, shown under it (« → Provence-Alpes-Côte d’Azur », or why no
 * region is retained); returns the region's code, or null.
 */
export function showRegionChoice(): string | null {
  const { code, line } = readTypedRegion(byId<HTMLInputElement>('f-region').value);
  const choice = byId('f-region-choix');
  choice.textContent = line;
  choice.className = `region-choice ${code ? 'region-choice-ok' : 'region-choice-none'}`;
  return code;
}

/**
 * The department checkboxes of a region, keeping the ticks of those still listed. A ticked one of
 * another region (the region changed, or is being retyped) stays, ticked, with « autre région »:
 * the check warns of it (departement-hors-region) instead of the tick vanishing unseen.
 */
export function renderDepartments(regionCode: string, checked: readonly string[]): void {
  const container = byId('f-departements-liste');
  const inRegion = departmentChoices(regionCode);
  const elsewhere = checked
    .filter((code) => !inRegion.some((choice) => choice.value === code))
    .map((code) => ({ value: code, name: `${code} — ${resolveDepartment(code)?.name ?? 'département inconnu'} (autre région)` }));
  const choices = [...inRegion, ...elsewhere];
  container.replaceChildren();
  if (!inRegion.length) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = "Choisissez d’abord la région.";
    container.append(hint);
  }
  for (const choice of choices) {
    const wrapper = document.createElement('div');
    wrapper.className = 'choice';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'departement';
    input.id = `f-departement-${choice.value}`;
    input.value = choice.value;
    input.checked = checked.includes(choice.value) || (inRegion.length === 1 && choices.length === 1);
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = choice.name;
    wrapper.append(input, label);
    container.append(wrapper);
  }
}

export function writeForm(form: HTMLFormElement, draft: NoteDraft): void {
  byId<HTMLInputElement>('f-region').value = regionFieldText(draft.region);
  showRegionChoice();
  byId<HTMLInputElement>('f-lieu').value = draft.lieu;
  byId<HTMLInputElement>('f-date').value = draft.date;
  byId<HTMLInputElement>('f-titre').value = draft.titre;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="format"]')) radio.checked = radio.value === draft.format;
  byId<HTMLInputElement>('f-jeunes').checked = draft.jeunes;
  renderDepartments(draft.region, draft.departements);
  byId<HTMLTextAreaElement>('f-structures').value = draft.structures.join('\n');
  byId<HTMLTextAreaElement>('f-ambassadeurs').value = draft.ambassadeurs.join('\n');
  byId<HTMLInputElement>('f-total').value = draft.participants.total === null ? '' : String(draft.participants.total);
  for (const id of PROFILE_IDS) {
    const value = draft.participants.profils[id];
    byId<HTMLInputElement>(`f-profil-${id}`).value = value === undefined ? '' : String(value);
  }
  byId<HTMLTextAreaElement>('f-contexte').value = draft.contexte;
  for (const tag of SECTION_TAGS) {
    // Themes given apart (a JSON draft) go back into the text, where the form keeps them.
    const items = draft.items[tag].map((item) => ({ text: formatItemLine({ ...item, votes: null }), votes: item.votes }));
    replaceItems(tag, items.length ? items : [{ text: '', votes: null }]);
  }
}

/** A draft from storage, checked field by field (it may come from an older version of the page). */
export function coerceDraft(value: unknown): NoteDraft | null {
  if (!value || typeof value !== 'object') return null;
  const raw = value as Record<string, unknown>;
  const draft = emptyDraft();
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : '');
  const list = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
  draft.titre = text('titre');
  draft.lieu = text('lieu');
  draft.date = text('date');
  draft.region = text('region');
  draft.contexte = text('contexte');
  draft.format = WORKSHOP_FORMATS.includes(raw.format as WorkshopFormat) ? (raw.format as WorkshopFormat) : 'presentiel';
  draft.jeunes = raw.jeunes === true;
  draft.departements = list('departements');
  draft.structures = list('structures');
  draft.ambassadeurs = list('ambassadeurs');
  const participants = (raw.participants ?? {}) as Record<string, unknown>;
  draft.participants.total = typeof participants.total === 'number' ? participants.total : null;
  const profils = (participants.profils ?? {}) as Record<string, unknown>;
  for (const id of PROFILE_IDS) if (typeof profils[id] === 'number') draft.participants.profils[id] = profils[id] as number;
  const items = (raw.items ?? {}) as Record<string, unknown>;
  for (const tag of SECTION_TAGS) {
    const entries = Array.isArray(items[tag]) ? (items[tag] as unknown[]) : [];
    draft.items[tag] = entries.flatMap((entry) => {
      if (typeof entry === 'string') return [parseItemLine(entry)];
      if (!entry || typeof entry !== 'object') return [];
      const item = entry as Record<string, unknown>;
      return [
        {
          text: typeof item.text === 'string' ? item.text : '',
          themes: Array.isArray(item.themes) ? item.themes.filter((t): t is string => typeof t === 'string') : [],
          votes: typeof item.votes === 'number' ? item.votes : null,
        },
      ];
    });
  }
  return draft;
}
