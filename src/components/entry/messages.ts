/**
 * Shows a draft's check next to its fields: each diagnostic in the message area its field points at
 * through aria-describedby (and aria-invalid on blocking ones), theme suggestions and tagger hints
 * under each item, and the whole list in the « Vérification » summary with links to the fields.
 */
import { TAG_LABELS, type Diagnostic, type Tag } from '../../pipeline/model.ts';
import type { DraftCheck, ItemCheck } from '../../entry/check-draft.ts';
import { itemElements, itemText } from './item-list.ts';

/** Front matter field → its control (focused from the summary) and its message area. */
const FIELDS: Readonly<Record<string, { control: string; message: string; label: string }>> = {
  titre: { control: 'f-titre', message: 'f-titre-msg', label: 'Titre' },
  lieu: { control: 'f-lieu', message: 'f-lieu-msg', label: 'Lieu' },
  date: { control: 'f-date', message: 'f-date-msg', label: 'Date' },
  format: { control: 'f-format-presentiel', message: 'f-format-msg', label: 'Format' },
  profil: { control: 'f-jeunes', message: 'f-jeunes-msg', label: 'Atelier avec des jeunes' },
  region: { control: 'f-region', message: 'f-region-msg', label: 'Région' },
  departements: { control: 'f-departements', message: 'f-departements-msg', label: 'Départements' },
  structures: { control: 'f-structures', message: 'f-structures-msg', label: 'Structures' },
  ambassadeurs: { control: 'f-ambassadeurs', message: 'f-ambassadeurs-msg', label: 'Ambassadeurs' },
  participants: { control: 'f-total', message: 'f-participants-msg', label: 'Participants' },
  contexte: { control: 'f-contexte', message: 'f-contexte-msg', label: 'Contexte' },
};

interface Target {
  control: HTMLElement | null;
  message: HTMLElement | null;
  label: string;
}

function target(key: string): Target {
  const field = FIELDS[key];
  if (field) return { control: document.getElementById(field.control), message: document.getElementById(field.message), label: field.label };
  const item = /^item:(working|broken|needs):(\d+)$/.exec(key);
  if (item) {
    const tag = item[1] as Tag;
    const li = itemElements(tag)[Number(item[2])];
    const label = `Élément ${Number(item[2]) + 1} de « ${TAG_LABELS[tag]} »`;
    return { control: li ? itemText(li) : null, message: li?.querySelector<HTMLElement>('.item-msg') ?? null, label };
  }
  const section = /^section:(working|broken|needs)$/.exec(key);
  if (section) {
    const tag = section[1] as Tag;
    return { control: document.getElementById(`s-${tag}-titre`), message: document.getElementById(`s-${tag}-msg`), label: `« ${TAG_LABELS[tag]} »` };
  }
  return { control: null, message: null, label: 'Note' };
}

const SEVERITY = { blocking: 'Erreur bloquante', warning: 'Avertissement' } as const;

function messageElement(d: Diagnostic): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = `msg msg-${d.severity}`;
  const strong = document.createElement('strong');
  strong.textContent = `${SEVERITY[d.severity]} : `;
  p.append(strong, d.message);
  if (d.hint) p.append(` Conseil : ${d.hint}`);
  return p;
}

/** `shown(messageId)`: whether a field's messages show next to it yet (the summary lists them all anyway). */
export function showCheck(form: HTMLFormElement, check: DraftCheck, shown: (messageId: string) => boolean = () => true): void {
  for (const area of form.querySelectorAll('.field-msg')) area.replaceChildren();
  for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');

  const summary: HTMLLIElement[] = [];
  for (const [key, diagnostics] of check.byField) {
    const { control, message, label } = target(key);
    const inline = message !== null && shown(message.id);
    if (inline) message.append(...diagnostics.map(messageElement));
    if (inline && control && diagnostics.some((d) => d.severity === 'blocking') && /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) {
      control.setAttribute('aria-invalid', 'true');
    }
    for (const d of diagnostics) summary.push(summaryEntry(d, label, control));
  }
  if (check.contextPersonalData.length) {
    const p = document.createElement('p');
    p.className = 'msg msg-warning';
    p.textContent = `Donnée personnelle dans le contexte : ${check.contextPersonalData.join(', ')}. Retirez-la : le contexte est publié avec la note.`;
    document.getElementById('f-contexte-msg')?.append(p);
  }
  for (const tag of ['working', 'broken', 'needs'] as const) {
    itemElements(tag).forEach((li) => li.querySelector('.item-hints')?.replaceChildren());
  }
  for (const item of check.items) showItemHints(item);

  const warnings = check.diagnostics.length - check.blocking;
  const status = document.getElementById('verification-etat');
  if (status) {
    status.className = check.blocking ? 'status status-blocking' : 'status status-ok';
    status.textContent = check.blocking
      ? `${plural(check.blocking, 'erreur bloquante', 'erreurs bloquantes')}${warnings ? ` et ${plural(warnings, 'avertissement', 'avertissements')}` : ''} : le tir à blanc refuserait cette note. Chaque ligne ci-dessous mène au champ à corriger.`
      : `Aucune erreur bloquante${warnings ? ` (${plural(warnings, 'avertissement', 'avertissements')})` : ''} : le tir à blanc accepte cette note.`;
  }
  document.getElementById('verification-liste')?.replaceChildren(...summary);
  const path = document.getElementById('chemin-note');
  if (path) path.textContent = check.note.path;
  const preview = document.getElementById('apercu');
  if (preview) preview.textContent = check.note.content;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

function summaryEntry(d: Diagnostic, label: string, control: HTMLElement | null): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `msg-${d.severity}`;
  if (control?.id) {
    const link = document.createElement('a');
    link.href = `#${control.id}`;
    link.dataset.focus = control.id;
    link.textContent = label;
    li.append(link);
  } else li.append(label);
  li.append(` — ${SEVERITY[d.severity].toLowerCase()} (ligne ${d.line}) : ${d.message}`);
  if (d.hint) li.append(` Conseil : ${d.hint}`);
  return li;
}

function showItemHints(item: ItemCheck): void {
  const li = itemElements(item.tag)[item.index];
  const hints = li?.querySelector<HTMLElement>('.item-hints');
  if (!li || !hints) return;
  const parts: HTMLElement[] = [];
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
  if (item.tagHint) {
    const p = document.createElement('p');
    p.className = 'msg msg-hint';
    p.textContent = item.tagHint.none
      ? 'Ce texte ressemble à une non-réponse (« RAS », « sans objet »…) : précisez-le ou supprimez l’élément.'
      : `Ce texte ressemble plutôt à « ${item.tagHint.tags.map((t) => TAG_LABELS[t]).join(' » et « ')} » : est-il dans la bonne partie ?`;
    parts.push(p);
  }
  hints.replaceChildren(...parts);
}
