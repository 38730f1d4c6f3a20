/**
 * The three item lists of /saisie: one labelled text field (a text area as tall as its text,
 * item-field.ts; plus votes and a « Supprimer » button) per item, built from the page's <template>. Ids are stable per item (a counter), labels follow the
 * position (« Élément 2 de Ce qui fonctionne »), so removing an item renumbers the others.
 */
import { TAG_LABELS, type Tag } from '../../pipeline/model.ts';
import { fitAllToText, fitToText } from './item-field.ts';

let nextKey = 1;

export interface ItemValue {
  text: string;
  votes: number | null;
}

function list(tag: Tag): HTMLOListElement {
  const element = document.getElementById(`s-${tag}-elements`);
  if (!element) throw new Error(`Liste « ${tag} » absente de la page.`);
  return element as HTMLOListElement;
}

export function itemElements(tag: Tag): HTMLLIElement[] {
  return [...list(tag).querySelectorAll<HTMLLIElement>(':scope > li.entry-item')];
}

/** Tag and position of an item element. */
export function itemPlace(li: HTMLLIElement): { tag: Tag; index: number } {
  const tag = li.dataset.tag as Tag;
  return { tag, index: itemElements(tag).indexOf(li) };
}

export function itemText(li: HTMLLIElement): HTMLTextAreaElement {
  return li.querySelector<HTMLTextAreaElement>('.item-text') as HTMLTextAreaElement;
}

function createItem(tag: Tag, value: ItemValue): HTMLLIElement {
  const template = document.getElementById('modele-element') as HTMLTemplateElement;
  const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const id = `e-${tag}-${nextKey++}`;
  li.dataset.tag = tag;
  li.id = id;
  const text = itemText(li);
  text.id = `${id}-texte`;
  text.value = value.text;
  text.setAttribute('aria-describedby', `${id}-msg ${id}-indices`);
  (li.querySelector('.item-label') as HTMLLabelElement).htmlFor = text.id;
  const votes = li.querySelector<HTMLInputElement>('.item-votes') as HTMLInputElement;
  votes.id = `${id}-votes`;
  votes.value = value.votes === null ? '' : String(value.votes);
  votes.setAttribute('aria-describedby', `${id}-votes-msg`);
  (li.querySelector('.item-votes-label') as HTMLLabelElement).htmlFor = votes.id;
  (li.querySelector('.item-msg') as HTMLElement).id = `${id}-msg`;
  (li.querySelector('.item-votes-msg') as HTMLElement).id = `${id}-votes-msg`;
  (li.querySelector('.item-hints') as HTMLElement).id = `${id}-indices`;
  return li;
}

/** Labels follow the position: « Élément 2 », and for assistive technologies the section too. */
export function renumber(tag: Tag): void {
  itemElements(tag).forEach((li, index) => {
    const name = `Élément ${index + 1}`;
    const section = ` de « ${TAG_LABELS[tag]} »`;
    const label = li.querySelector('.item-label') as HTMLLabelElement;
    label.replaceChildren(name, hidden(section));
    const votes = li.querySelector('.item-votes-label') as HTMLLabelElement;
    votes.replaceChildren('Votes', hidden(` (facultatif), ${name.toLowerCase()}${section}`));
    const remove = li.querySelector('.item-remove span') as HTMLElement;
    remove.textContent = ` l'${name.toLowerCase()}${section}`;
  });
}

function hidden(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}

export function replaceItems(tag: Tag, values: readonly ItemValue[]): void {
  list(tag).replaceChildren(...values.map((value) => createItem(tag, value)));
  renumber(tag);
  fitAllToText(list(tag));
}

/** Adds an item after `after` (at the end when null) and returns it. */
export function addItem(tag: Tag, after: HTMLLIElement | null, value: ItemValue = { text: '', votes: null }): HTMLLIElement {
  const li = createItem(tag, value);
  if (after) after.after(li);
  else list(tag).append(li);
  renumber(tag);
  fitToText(itemText(li));
  return li;
}

/** Removes an item; returns where the focus should go (the next item, else the previous, else null). */
export function removeItem(li: HTMLLIElement): HTMLLIElement | null {
  const tag = li.dataset.tag as Tag;
  const target = (li.nextElementSibling ?? li.previousElementSibling) as HTMLLIElement | null;
  li.remove();
  renumber(tag);
  return target;
}
