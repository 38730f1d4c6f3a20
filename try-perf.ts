import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse, FRONT_MATTER } from './tests/notes/helpers.ts';
const lines = Array.from({ length: 20_000 }, (_, i) => `- Élément numéro ${i} sur la saisie. #saisie (${i % 7} votes)`);
const note = `${FRONT_MATTER}\n## Ce qui dysfonctionne\n${lines.join('\n')}\n`;
for (const [name, p] of [['plain', unified().use(remarkParse)], ['fm', unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])], ['gfm', unified().use(remarkParse).use(remarkGfm)]] as const) {
  let t = performance.now(); p.parse(note); console.log(name, performance.now() - t);
}
let t = performance.now(); parse(note); console.log('parseNote', performance.now() - t);
const blank = `${FRONT_MATTER}\n## Ce qui dysfonctionne\n${lines.join('\n\n')}\n`;
t = performance.now(); unified().use(remarkParse).parse(blank); console.log('loose list', performance.now() - t);
const many = `${FRONT_MATTER}\n${lines.map((l, i) => (i % 20 === 0 ? `\n## Ce qui marche\n${l}` : l)).join('\n')}\n`;
t = performance.now(); parse(many); console.log('sectioned', performance.now() - t);
