/**
 * The pages a pager links to: first, last and a few around the current one, the rest folded into a
 * gap. A survey of 129,776 answers has 260 pages of 500: listing every page put 260 links (~2,300 px on
 * a phone, 261 Tab presses) before the first answer. Pure.
 */

/** A page link, or a gap standing for the pages left out. */
export type PagerSlot = number | 'gap';

/** Pages shown on each side of the current one. */
export const AROUND = 2;

export function pagerSlots(current: number, pages: number, around = AROUND): PagerSlot[] {
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= pages) shown.add(page);
  const slots: PagerSlot[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is that page: a link takes no more room than « … ».
    if (page - previous === 2) slots.push(page - 1);
    else if (page - previous > 2) slots.push('gap');
    slots.push(page);
    previous = page;
  }
  return slots;
}
