/**
 * Shows a draft's check next to its fields: each problem in the message area its field points at
 * through aria-describedby (and aria-invalid on a refused value: blocking, or a number the note does
 * not take), theme suggestions and tagger hints under each item, and the whole list in the
 * « Vérification » summary with links to the fields. The words are the form's (check-draft.ts,
 * form-wording.ts); the summary counts the list it shows.
 */
import { SEVERITY_LABELS, type Severity } from '../../pipeline/model.ts';
import type { DraftCheck, FormProblem, ItemCheck } from '../../entry/check-draft.ts';
import { parseCountKey, parseItemKey, parseSectionKey, parseVotesKey } from '../../entry/form-fields.ts';
import { summaryStatus } from '../../entry/form-summary.ts';
import { frenchTypography } from '../../site/typography/french-typography.ts';
import { itemElements, itemText } from './item-list.ts';

/** Workshop field → its control (focused from the summary) and its message area. */
const FIELDS: Readonly<Record<string, { control: string; message: string }>> = {
  titre: { control: 'f-titre', message: 'f-titre-msg' },
  lieu: { control: 'f-lieu', message: 'f-lieu-msg' },
  date: { control: 'f-date', message: 'f-date-msg' },
  format: { control: 'f-format-presentiel', message: 'f-format-msg' },
  profil: { control: 'f-jeunes', message: 'f-jeunes-msg' },
  region: { control: 'f-region', message: 'f-region-msg' },
  departements: { control: 'f-departements', message: 'f-departements-msg' },
  structures: { control: 'f-structures', message: 'f-structures-msg' },
  ambassadeurs: { control: 'f-ambassadeurs', message: 'f-ambassadeurs-msg' },
  participants: { control: 'f-total', message: 'f-participants-msg' },
  contexte: { control: 'f-contexte', message: 'f-contexte-msg' },
};

interface Target {
  control: HTMLElement | null;
  message: HTMLElement | null;
}

function target(key: string): Target {
  const field = FIELDS[key];
  if (field) return { control: document.getElementById(field.control), message: document.getElementById(field.message) };
  // A box of « Nombre de participants »: its own message area, under it.
  const box = parseCountKey(key);
  if (box) {
    const id = box === 'total' ? 'f-total' : `f-profil-${box}`;
    return { control: document.getElementById(id), message: document.getElementById(`${id}-msg`) };
  }
  const item = parseItemKey(key);
  if (item) {
    const li = itemElements(item.tag)[item.index];
    return { control: li ? itemText(li) : null, message: li?.querySelector<HTMLElement>('.item-msg') ?? null };
  }
  const votes = parseVotesKey(key);
  if (votes) {
    const li = itemElements(votes.tag)[votes.index];
    return { control: li?.querySelector<HTMLElement>('.item-votes') ?? null, message: li?.querySelector<HTMLElement>('.item-votes-msg') ?? null };
  }
  const section = parseSectionKey(key);
  if (section) return { control: firstItemText(section), message: document.getElementById(`s-${section}-msg`) };
  // The three parts as a whole (no element yet): the summary leads to the first one.
  if (key === 'elements') return { control: firstItemText('working'), message: null };
  return { control: null, message: null };
}

function firstItemText(tag: 'working' | 'broken' | 'needs'): HTMLTextAreaElement | null {
  const li = itemElements(tag)[0];
  return li ? itemText(li) : null;
}

/** « Erreur bloquante », « Avertissement », « Information »: the pipeline's names, capitalised to head a message. */
const SEVERITY: Readonly<Record<Severity, string>> = {
  blocking: capitalise(SEVERITY_LABELS.blocking),
  warning: capitalise(SEVERITY_LABELS.warning),
  info: capitalise(SEVERITY_LABELS.info),
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function messageElement(d: FormProblem): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = `msg msg-${d.severity}`;
  const strong = document.createElement('strong');
  strong.textContent = `${SEVERITY[d.severity]}\u00a0: `;
  // Written after the page's typography pass: the same rule, in the browser.
  p.append(strong, frenchTypography(d.message));
  p.append(frenchTypography(` Conseil : ${d.hint}`));
  return p;
}

/** `shown(messageId)`: whether a field's messages show next to it yet (the summary lists them all anyway). */
export function showCheck(form: HTMLFormElement, check: DraftCheck, shown: (messageId: string) => boolean = () => true): void {
  for (const area of form.querySelectorAll('.field-msg')) area.replaceChildren();
  for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');

  for (const [key, problems] of check.byField) {
    const { control, message } = target(key);
    const inline = message !== null && shown(message.id);
    if (inline) message.append(...problems.map(messageElement));
    if (inline && control && problems.some((d) => d.invalid) && /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) {
      control.setAttribute('aria-invalid', 'true');
    }
  }
  // One list for the summary's lines and for its count.
  const summary = check.problems.map((problem) => summaryEntry(problem, target(problem.field).control));
  if (check.contextPersonalData.length) {
    const p = document.createElement('p');
    p.className = 'msg msg-warning';
    p.textContent = frenchTypography(`Donnée personnelle dans le contexte : ${check.contextPersonalData.join(', ')}. Retirez-la : le contexte est publié avec la note.`);
    const context = document.getElementById('f-contexte') as HTMLTextAreaElement | null;
    const button = context ? maskButton(context.value, check.mask, 'contexte', ' du contexte') : null;
    document.getElementById('f-contexte-msg')?.append(p, ...(button ? [button] : []));
  }
  for (const tag of ['working', 'broken', 'needs'] as const) {
    itemElements(tag).forEach((li) => li.querySelector('.item-hints')?.replaceChildren());
  }
  for (const item of check.items) showItemHints(item, check.mask);

  const status = document.getElementById('verification-etat');
  if (status) {
    status.className = check.blocking ? 'status status-blocking' : 'status status-ok';
    status.textContent = frenchTypography(summaryStatus(check));
  }
  document.getElementById('verification-liste')?.replaceChildren(...summary);
  const path = document.getElementById('chemin-note');
  if (path) path.textContent = check.note.path;
  const preview = document.getElementById('apercu');
  if (preview) preview.textContent = check.note.content;
}

function summaryEntry(d: FormProblem, control: HTMLElement | null): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `msg-${d.severity}`;
  if (control?.id) {
    const link = document.createElement('a');
    link.href = `#${control.id}`;
    link.dataset.focus = control.id;
    link.textContent = frenchTypography(d.label);
    li.append(link);
  } else li.append(frenchTypography(d.label));
  li.append(frenchTypography(` — ${SEVERITY[d.severity].toLowerCase()} : ${d.message}`));
  li.append(frenchTypography(` Conseil : ${d.hint}`));
  return li;
}

/**
 * « Masquer » for personal data flagged in a field: one click writes the anonymiser's marks in its
 * stead, as the site would publish it (entry-form.ts). Null when masking would change nothing.
 * `data-mask`: `contexte`, or `item` for the item the button is under.
 */
function maskButton(text: string, mask: (text: string) => string, target: string, whose: string): HTMLParagraphElement | null {
  const masked = mask(text);
  if (masked === text) return null;
  const marks = [...new Set(masked.match(/\[[^\]\s]+\]/g) ?? [])].filter((mark) => !text.includes(mark));
  const p = document.createElement('p');
  p.className = 'item-mask';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'mask-personal secondary';
  button.dataset.mask = target;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` la donnée personnelle${whose}`;
  button.append('Masquer', hidden);
  p.append(button, frenchTypography(` : la remplace dans le texte par ${marks.map((mark) => `« ${mark} »`).join(', ') || 'sa marque'}, comme à la publication.`));
  return p;
}

function showItemHints(item: ItemCheck, mask: (text: string) => string): void {
  const li = itemElements(item.tag)[item.index];
  const hints = li?.querySelector<HTMLElement>('.item-hints');
  if (!li || !hints) return;
  const parts: HTMLElement[] = [];
  if (item.personalData.length) {
    const label = li.querySelector('.item-label')?.textContent ?? '';
    const button = maskButton(itemText(li).value, mask, 'item', ` de l’${label.charAt(0).toLowerCase()}${label.slice(1)}`);
    if (button) parts.push(button);
  }
  if (item.explicitThemes.length) {
    const p = document.createElement('p');
    p.className = 'item-themes';
    p.textContent = `Thèmes notés : ${item.explicitThemes.map((t) => t.label).join(', ')}.`;
    parts.push(p);
  }
  if (item.suggestedThemes.length) {
    const group = document.createElement('div');
    group.className = 'theme-suggestions';
    group.setAttribute('role', 'group');
    const title = document.createElement('span');
    title.id = `${li.id}-suggestions`;
    title.textContent = 'Thèmes suggérés :';
    group.setAttribute('aria-labelledby', title.id);
    group.append(title);
    for (const theme of item.suggestedThemes) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'theme-suggestion secondary';
      button.dataset.hashtag = theme.id;
      button.dataset.label = theme.label;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Ajouter le thème ';
      button.append(hidden, `${theme.label} (#${theme.id})`);
      group.append(' ', button);
    }
    parts.push(group);
  }
  // A doubt about the part is a warning of the check (section-douteuse), shown with the item's problems
  // and counted in the summary; the non-answer hint says what to do before the item is set aside.
  if (item.tagHint?.none) {
    const p = document.createElement('p');
    p.className = 'msg msg-hint';
    p.textContent = frenchTypography('Ce texte ressemble à une non-réponse (« RAS », « sans objet »…) : précisez-le ou supprimez l’élément.');
    parts.push(p);
  }
  hints.replaceChildren(...parts);
}
