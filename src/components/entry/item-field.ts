/**
 * An item's text field of /saisie: a text area as tall as its text, so that on a phone a one- or
 * two-sentence item is read whole (an input showed some 35 characters of it). It grows by CSS
 * (`field-sizing: content`, entry.css); where the browser lacks it, `fitToText` sets its height.
 * The item stays one line of the note: Enter adds the next item (entry-form.ts), and a line break
 * that comes in anyway (a pasted paragraph, a phone keyboard) becomes a space.
 */

/** Whether the browser sizes the field to its text itself (`field-sizing: content` applies). */
function sizedByCss(field: HTMLTextAreaElement): boolean {
  return getComputedStyle(field).getPropertyValue('field-sizing') === 'content';
}

/** Fallback for browsers without `field-sizing`: the field's height follows its text (no inner scrolling). */
export function fitToText(field: HTMLTextAreaElement): void {
  if (!field.isConnected || sizedByCss(field)) return;
  // CSSOM, not a style attribute: allowed by the site's content security policy.
  field.style.height = 'auto';
  const style = getComputedStyle(field);
  const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  // scrollHeight counts the padding, not the borders; the form's boxes are border-box (global.css).
  const height = style.boxSizing === 'border-box' ? field.scrollHeight + borders : field.scrollHeight - padding;
  field.style.height = `${height}px`;
}

/** Line breaks (and the spaces around them) become one space, the caret kept where it was in the text. */
export function keepOneLine(field: HTMLTextAreaElement): void {
  if (!/[\r\n]/.test(field.value)) return;
  const flatten = (text: string) => text.replace(/[^\S\r\n]*[\r\n]+[^\S\r\n]*/g, ' ');
  const caret = flatten(field.value.slice(0, field.selectionEnd)).length;
  field.value = flatten(field.value);
  field.setSelectionRange(caret, caret);
}

/** Refits every item field of `root` (a restored draft, a turned phone), where the browser does not. */
export function fitAllToText(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLTextAreaElement>('textarea.item-text')) fitToText(field);
}
