/**
 * The /saisie client: items added and removed with the keyboard, live validation by the pipeline's own
 * parser (loaded as a separate chunk so the form is usable at once), the draft kept in localStorage,
 * the note downloaded as a file, and, under `astro dev` only, saved into content/ateliers/.
 */
import { emptyDraft, isBlankDraft, type NoteDraft } from '../../entry/draft.ts';
import type { DraftCheck } from '../../entry/check-draft.ts';
import type { TextFile } from '../../pipeline/io/consultation-input.ts';
import { TAG_LABELS, type Tag } from '../../pipeline/model.ts';
import { announce } from './announcer.ts';
import { openDraftSlots } from './draft-storage.ts';
import { openTabDraft, showKeptDrafts } from './tab-drafts.ts';
import { readForm, renderDepartments, showRegionChoice, writeForm } from './form-draft.ts';
import { addItem, itemElements, itemPlace, itemText, removeItem } from './item-list.ts';
import { showCheck } from './messages.ts';
import { plural } from '../../pipeline/text/plural.ts';
import { frenchTypography } from '../../site/typography/french-typography.ts';
import { saveToConsultation } from './dev-save.ts';
import { splitPastedList } from '../../entry/pasted-list.ts';
import { holdDownload, releaseHold, updateHold } from './download-hold.ts';
import { createCountAnnouncer } from './count-announcer.ts';
import { keepForOffline } from './offline-page.ts';
import { fitAllToText, fitToText, keepOneLine } from './item-field.ts';

type Checker = (draft: NoteDraft) => DraftCheck;

function start(form: HTMLFormElement): void {
  // The script runs: the page is served, the notice for a page opened from its file goes, the loading line shows.
  document.getElementById('saisie-sans-serveur')?.remove();
  const loading = document.getElementById('saisie-chargement');
  if (loading) loading.hidden = false;
  let checker: Checker | null = null;
  /** The latest check, whose `mask` the « Masquer » buttons apply. */
  let lastCheck: DraftCheck | null = null;
  // The count of blocking errors is spoken when the writer pauses or leaves a field, not mid-word.
  const counts = createCountAnnouncer(announce);
  /** A field was left while its check was pending: the count is said as soon as it is known. */
  let sayCountNext = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // A field's messages show once it has been filled in or left, or once the note is downloaded or
  // saved; a restored draft shows them all. An empty form is not a page of errors; the summary
  // (« Vérification ») always lists everything that is left to do.
  const touched = new Set<string>();
  let showAll = false;
  const touch = (event: Event) => {
    const element = event.target instanceof HTMLElement ? event.target : null;
    for (let owner = element?.closest('[aria-describedby]'); owner; owner = owner.parentElement?.closest('[aria-describedby]')) {
      for (const id of (owner.getAttribute('aria-describedby') ?? '').split(/\s+/)) if (id) touched.add(id);
    }
    const section = element?.closest<HTMLElement>('section.entry-section');
    if (section?.dataset.tag) touched.add(`s-${section.dataset.tag}-msg`);
  };

  const refresh = () => {
    clearTimeout(timer);
    timer = undefined;
    const draft = readForm(form);
    slots.store(draft);
    if (!checker) return null;
    const check = checker(draft);
    lastCheck = check;
    showCheck(form, check, (messageId) => showAll || touched.has(messageId));
    counts.update(check.blocking);
    if (sayCountNext) counts.flush();
    sayCountNext = false;
    updateHold(check.blocking);
    return check;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };

  // One draft per open tab: another tab's text is never written over (draft-slots.ts, tab-drafts.ts).
  const slots = openDraftSlots();
  const restored = openTabDraft(slots, announce);
  writeForm(form, restored ?? emptyDraft());
  // The form stores itself as it opens: a blank draft is nothing to restore, nor to show errors for.
  const resumed = restored !== null && !isBlankDraft(restored);
  if (resumed) announce('Brouillon restauré : votre saisie précédente a été reprise.');
  showAll = resumed;

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.classList.contains('item-text')) {
      keepOneLine(event.target);
      fitToText(event.target);
    }
    touch(event);
    schedule();
  });
  // Where the browser does not size the fields itself, a turned phone rewraps their text.
  window.addEventListener('resize', () => fitAllToText(form));
  form.addEventListener('focusout', (event) => {
    // Leaving a field shows what is wrong with it, even untouched (an empty required field), and says a
    // changed count of blocking errors, after the check still to come if any. That check is not run at
    // once: it redraws the summary, whose link the pointer that took the focus may be clicking.
    const before = touched.size;
    touch(event);
    if (touched.size !== before || timer !== undefined) {
      sayCountNext = true;
      schedule();
    } else counts.flush();
  });
  // The region as typed: what it names is shown under the field at each key, and the départements follow.
  let regionCode = showRegionChoice();
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id !== 'f-region') return;
    const code = showRegionChoice();
    if (code === regionCode) return;
    regionCode = code;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="departement"]:checked')].map((i) => i.value);
    renderDepartments(code ?? '', checked);
  });
  form.addEventListener('change', (event) => {
    touch(event);
    // Once the field is left (or a suggestion taken), what it understood is said, not only shown.
    const understood = (event.target as HTMLElement).id === 'f-region' ? document.getElementById('f-region-choix')?.textContent : '';
    if (understood) announce(understood);
    schedule();
  });

  /** Enter in an item's field (with Shift too: an item is one line of the note) goes on to the next item. */
  const nextItem = (target: HTMLTextAreaElement) => {
    const li = target.closest<HTMLLIElement>('li.entry-item');
    if (!li) return;
    const { tag } = itemPlace(li);
    if (!target.value.trim()) {
      announce('Élément vide : écrivez le texte avant d’en ajouter un autre.');
      return;
    }
    const next = li.nextElementSibling as HTMLLIElement | null;
    // Enter moves on to an empty item that already follows, instead of piling up empty ones.
    const item = next && !itemText(next).value.trim() ? next : addItem(tag, li);
    itemText(item).focus();
    if (item !== next) announce(`${itemLabel(item)} ajouté.`);
    schedule();
  };
  form.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.key !== 'Enter' || event.isComposing || !(target instanceof HTMLTextAreaElement) || !target.classList.contains('item-text')) return;
    event.preventDefault();
    nextItem(target);
  });
  // A phone keyboard may insert its line break without an Enter keydown (Android's composing keyboards).
  form.addEventListener('beforeinput', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLTextAreaElement) || !target.classList.contains('item-text')) return;
    if (event.inputType !== 'insertLineBreak' && event.inputType !== 'insertParagraph') return;
    event.preventDefault();
    nextItem(target);
  });

  form.addEventListener('paste', (event) => {
    const target = event.target as HTMLElement;
    const li = target.closest<HTMLLIElement>('li.entry-item');
    if (!li || !target.classList.contains('item-text')) return;
    const { tag } = itemPlace(li);
    const pasted = splitPastedList(event.clipboardData?.getData('text/plain') ?? '', tag);
    if (!pasted) return;
    event.preventDefault();
    // What was typed stays; the list's first item fills an empty field, the others follow it in order.
    const field = target as HTMLTextAreaElement;
    const here = pasted.items.filter((item) => item.tag === tag).map((item) => item.text);
    if (!field.value.trim() && here.length) {
      field.value = here.shift() ?? '';
      fitToText(field);
    }
    let last = li;
    for (const text of here) last = addItem(tag, last, { text, votes: null });
    // Items under another part's title go to the end of that part, an empty last field filled first.
    for (const item of pasted.items.filter((item) => item.tag !== tag)) {
      const end = itemElements(item.tag).at(-1) ?? null;
      if (end && !itemText(end).value.trim()) {
        itemText(end).value = item.text;
        fitToText(itemText(end));
      } else addItem(item.tag, end, { text: item.text, votes: null });
      touched.add(`s-${item.tag}-msg`);
    }
    itemText(last).focus();
    touch(event);
    showPasteNotice(tag, pasted.announcement);
    announce(pasted.announcement);
    schedule();
  });

  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button, a[data-focus]');
    if (!button) return;
    if (button instanceof HTMLAnchorElement) {
      event.preventDefault();
      document.getElementById(button.dataset.focus ?? '')?.focus();
      return;
    }
    if (button.dataset.add) {
      const tag = button.dataset.add as Tag;
      const item = addItem(tag, null);
      itemText(item).focus();
      announce(`${itemLabel(item)} ajouté.`);
      schedule();
    } else if (button.classList.contains('item-remove')) {
      const li = button.closest<HTMLLIElement>('li.entry-item');
      if (!li) return;
      const { tag } = itemPlace(li);
      const label = itemLabel(li);
      const next = removeItem(li);
      if (next) itemText(next).focus();
      else form.querySelector<HTMLButtonElement>(`button[data-add="${tag}"]`)?.focus();
      const left = itemElements(tag).length;
      announce(`${label} supprimé. ${left ? plural(left, 'élément reste', 'éléments restent') : 'Plus aucun élément'} dans « ${TAG_LABELS[tag]} ».`);
      refresh();
    } else if (button.classList.contains('theme-suggestion')) {
      const li = button.closest<HTMLLIElement>('li.entry-item');
      if (!li) return;
      const input = itemText(li);
      input.value = `${input.value.trimEnd()} #${button.dataset.hashtag ?? ''}`;
      fitToText(input);
      input.focus();
      announce(`Thème « ${button.dataset.label ?? ''} » ajouté à l’${itemLabel(li).toLowerCase()}.`);
      refresh();
    } else if (button.id === 'telecharger') {
      showAll = true;
      const check = refresh();
      // The focused status line, or the download's announcement, says the count: not said again.
      if (check) counts.known(check.blocking);
      if (check?.blocking) holdDownload(check.blocking);
      else if (check) download(check);
    } else if (button.id === 'telecharger-quand-meme') {
      const check = refresh();
      if (!check) return;
      counts.known(check.blocking);
      download(check);
      releaseHold();
      document.getElementById('telecharger')?.focus();
    } else if (button.id === 'enregistrer') {
      showAll = true;
      const check = refresh();
      if (check) void saveToConsultation(check);
    } else if (button.dataset.mask) {
      // The anonymiser's marks in the personal data's stead, as the site publishes it; the focus back in the field.
      const field = button.dataset.mask === 'contexte' ? (document.getElementById('f-contexte') as HTMLTextAreaElement | null) : (() => {
        const li = button.closest<HTMLLIElement>('li.entry-item');
        return li ? itemText(li) : null;
      })();
      if (!field || !lastCheck) return;
      field.value = lastCheck.mask(field.value);
      if (field.classList.contains('item-text')) fitToText(field);
      field.focus();
      refresh();
      announce('Donnée personnelle masquée dans le texte.');
    } else if (button.dataset.brouillon) {
      const draft = slots.takeUp(button.dataset.brouillon, readForm(form));
      showKeptDrafts(slots.kept());
      if (!draft) return;
      writeForm(form, draft);
      regionCode = showRegionChoice();
      releaseHold();
      showAll = true;
      const check = refresh();
      if (check) counts.known(check.blocking);
      document.getElementById('f-region')?.focus();
      announce('Brouillon repris. Celui que vous saisissiez est gardé : il peut être repris de même, en haut du formulaire.');
    } else if (button.id === 'effacer') {
      if (!window.confirm('Effacer tout le brouillon ? La saisie en cours sera perdue.')) return;
      writeForm(form, emptyDraft());
      regionCode = null;
      releaseHold();
      for (const notice of form.querySelectorAll<HTMLElement>('#telechargement-fait, .entry-paste-notice')) notice.hidden = true;
      touched.clear();
      showAll = false;
      const check = refresh();
      // « Brouillon effacé » is what is said; the summary shows the empty form's count.
      if (check) counts.known(check.blocking);
      // After the refresh, which stores the (empty) form: nothing is left behind.
      slots.clear();
      document.getElementById('f-region')?.focus();
      announce('Brouillon effacé : le formulaire est vide.');
    }
  });

  const checkerLoaded = import('../../entry/check-draft.ts').then(({ createDraftChecker }) => {
    checker = createDraftChecker(readThemes(form), readPublicNames(form));
    document.getElementById('saisie-chargement')?.remove();
    const check = refresh();
    if (check) counts.known(check.blocking);
  });
  // Once the checker's chunk is in, the page has everything to work offline.
  keepForOffline(checkerLoaded);
}

/**
 * What a paste did, in sight under the part it was pasted into (the live region is heard only):
 * items moved to another part, lines made items. The previous paste's notice goes.
 */
function showPasteNotice(tag: Tag, text: string): void {
  for (const notice of document.querySelectorAll<HTMLElement>('.entry-paste-notice')) notice.hidden = true;
  const notice = document.getElementById(`s-${tag}-collage`);
  if (!notice) return;
  notice.textContent = frenchTypography(text);
  notice.hidden = false;
}

function itemLabel(li: HTMLLIElement): string {
  const { tag, index } = itemPlace(li);
  return `Élément ${index + 1} de « ${TAG_LABELS[tag]} »`;
}

/** The public figures' names `check` lets stay (`noms_publics`), so that the form does not warn of them either. */
function readPublicNames(form: HTMLFormElement): string[] {
  try {
    const value: unknown = JSON.parse(form.dataset.nomsPublics ?? '[]');
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

function readThemes(form: HTMLFormElement): TextFile | null {
  try {
    const value = JSON.parse(form.dataset.themes ?? 'null') as TextFile | null;
    return value && typeof value.file === 'string' && typeof value.content === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Downloads the note as a Markdown file named like its place in the consultation. */
function download(check: DraftCheck): void {
  const name = check.note.path.split('/').pop() ?? 'note.md';
  const url = URL.createObjectURL(new Blob([check.note.content], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const folder = check.note.path.slice(0, check.note.path.length - name.length);
  const said =
    `Note téléchargée : ${name}, à déposer dans le dossier ${folder} de la consultation.` +
    (check.blocking ? ` Attention : ${plural(check.blocking, 'erreur bloquante reste', 'erreurs bloquantes restent')} à corriger.` : '');
  announce(said);
  // Seen too, under the buttons: the live region alone is heard, never read (it is visually hidden).
  const done = document.getElementById('telechargement-fait');
  if (done) {
    done.textContent = frenchTypography(said);
    done.hidden = false;
  }
}

const form = document.getElementById('saisie');
if (form instanceof HTMLFormElement) start(form);
