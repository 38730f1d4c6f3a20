/**
 * DOM pieces shared by the search page and the verbatim explorer: elements, results and verbatims (their
 * filters: facet-panel.ts; narrow screens: narrow-screen.ts). Item text is untrusted: it only
 * ever becomes text nodes (`textContent`, `createTextNode`), never HTML.
 */
import type { DocView, FetchJson } from './store.ts';
import type { FacetDimension } from './format.ts';
import { excerpt, highlight, type WordMatcher } from './highlight.ts';
import type { LinkTo } from './site-link.ts';
import { resultPlace, rowPlace } from './result-place.ts';
import { citationButton, type WholeText } from './citation-button.ts';
import { formatInteger as formatCount, plural } from '../pipeline/text/plural.ts';

export const DIMENSION_LABELS: Readonly<Record<FacetDimension, string>> = {
  tag: 'Étiquette',
  theme: 'Thème',
  region: 'Région',
  profile: 'Profil',
  format: 'Format',
};

// The pipeline's French count, so the search page counts as the site's pages and check do.
export { formatInteger as formatCount, plural } from '../pipeline/text/plural.ts';

/** Fetches the index files below `base` (the manifest revalidated, the others keyed by the build hash). */
export function httpFetcher(base: string): FetchJson {
  return async (file, version) => {
    const url = `${base}${file}${version ? `?v=${encodeURIComponent(version)}` : ''}`;
    const response = await fetch(url, version ? {} : { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url} : ${response.status}`);
    return response.json() as Promise<unknown>;
  };
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

/** Text with its matched words in <mark>, built from text nodes only. */
export function highlighted(text: string, isMatch: WordMatcher): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlight(text, isMatch)) {
    fragment.append(segment.mark ? element('mark', {}, segment.text) : document.createTextNode(segment.text));
  }
  return fragment;
}

/** « Ce qui fonctionne · Saisie et ergonomie, Agenda · Bretagne · Conseillers · Présentiel · 3 votes ». */
function metaLine(doc: DocView): HTMLSpanElement {
  const parts = [
    doc.themes.map((theme) => theme.label).join(', '),
    // A survey answer's source line says who answered and from where (doc-source.ts), as on its pages (VerbatimItem.astro): not twice.
    doc.region.value && !doc.survey ? doc.region.label : '',
    doc.profile.value && !doc.survey ? doc.profile.label : '',
    doc.format.label,
    // 1 is also an item never put to the vote; 0 comes only from a count (« (0 vote) »), and is said.
    doc.weight !== 1 ? plural(doc.weight, 'vote') : '',
  ].filter((part) => part !== '');
  return element('span', {}, element('span', { class: `tag tag-${doc.tag.value}` }, doc.tag.label), ` · ${parts.join(' · ')}`);
}

/**
 * « Question : Ce qui vous gêne au quotidien » before the verbatim, as on the site's pages
 * (VerbatimItem.astro): a bare « Non » is only understood with it. Text nodes only (a survey header is
 * untrusted); the no-break space before « : » is the pages' typography.
 */
function questionLine(doc: DocView): HTMLParagraphElement[] {
  if (!doc.question) return [];
  return [element('p', { class: 'question' }, element('span', { class: 'question-label' }, `${doc.question.label}\u00a0:`), ` ${doc.question.text}`)];
}

/**
 * A search result: the excerpt (matched words marked) links to the item's permalink (through `linkTo`, see
 * site-link.ts), the link named with where it comes from too, for screen readers (result-place.ts). `wholeText`:
 * a cut text's whole one, for its citation.
 */
export function resultItem(doc: DocView, isMatch: WordMatcher, linkTo: LinkTo, wholeText: WholeText, count = 1): HTMLLIElement {
  const place = resultPlace(doc.place);
  const link = element(
    'a',
    { href: linkTo(doc.permalink), class: 'result-link' },
    highlighted(excerpt(doc.text, isMatch), isMatch),
    ...(place === '' ? [] : [element('span', { class: 'visually-hidden' }, place)]),
  );
  return element(
    'li',
    { class: `verbatim verbatim-${doc.tag.value} result` },
    ...questionLine(doc),
    element('p', { class: 'result-text' }, link),
    element('p', { class: 'meta' }, ...metaLines(doc, count, sourceLine(doc, count, doc.source), linkTo, wholeText)),
  );
}

/**
 * A row of the explorer: the verbatim, its facets, and its source linking to its permalink (through
 * `linkTo`). `count` > 1: the row stands for that many identical answers (see entries.ts).
 */
export function verbatimItem(doc: DocView, linkTo: LinkTo, wholeText: WholeText, count = 1): HTMLLIElement {
  const place = rowPlace(doc.place);
  const link = element('a', { href: linkTo(doc.permalink) }, doc.source, ...(place === '' ? [] : [element('span', { class: 'visually-hidden' }, place)]));
  const source = sourceLine(doc, count, link);
  return element(
    'li',
    { class: `verbatim verbatim-${doc.tag.value}` },
    ...questionLine(doc),
    element('blockquote', {}, doc.text),
    element('p', { class: 'meta' }, ...metaLines(doc, count, source, linkTo, wholeText)),
  );
}

/**
 * The facets line and « Copier la citation » (as on the pages, where it ends the meta line), « N réponses identiques »
 * when the row stands for several (the first's citation is copied, as its source is shown), then the source.
 */
function metaLines(doc: DocView, count: number, source: HTMLSpanElement, linkTo: LinkTo, wholeText: WholeText): Node[] {
  const repeats =
    count > 1
      ? [element('span', { class: 'repeats' }, `${formatCount(count)} réponses identiques (aux majuscules, accents et ponctuation près)`), element('br')]
      : [];
  return [metaLine(doc), document.createTextNode(' '), citationButton(doc, linkTo, wholeText), element('br'), ...repeats, source];
}

/**
 * « Source : Questionnaire … · réponse n° 98 · Partenaires · Bretagne », as the item's pages write it (VerbatimItem.astro),
 * the file and the place in it for the bureau in the title.
 */
function sourceLine(doc: DocView, count: number, source: Node | string): HTMLSpanElement {
  return element('span', { class: 'source', title: doc.file }, count > 1 ? 'Source de la première : ' : 'Source : ', source);
}
