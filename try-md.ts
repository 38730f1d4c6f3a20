import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
const p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const t = p.parse(readFileSync(process.argv[2]!, 'utf8'));
console.log(t.children.map(c => `${c.type} ${c.position?.start.line}`).join('\n'));
