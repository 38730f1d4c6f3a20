/**
 * Browser side, under `astro dev` only (injected by reload-client.ts): the chapters' blocking
 * problems over the page, in French, each at its file:line:column with its advice — where Astro
 * would show a stack trace on the first. It goes as soon as the chapters are fixed. Text only
 * (textContent): a message quotes what the author wrote. In a shadow root, apart from the site's styles.
 */
import type { ChapterProblem } from './messages.ts';

export const OVERLAY_ID = 'livre-blanc-chapitres';

const STYLE = `section{position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;
background:#fff;color:#161616;border-top:4px solid #b00020;box-shadow:0 -4px 16px #0004;font:1rem/1.5 system-ui,sans-serif}
h2{margin:0 0 .5rem;font-size:1.15rem;color:#8a0018}p{margin:0 0 .5rem}ul{margin:0;padding-left:1.25rem}li{margin:.4rem 0}
code{font-weight:bold}.conseil{color:#4a4a4a}button{float:right;font:inherit;padding:.2rem .6rem;cursor:pointer}`;

function element<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Shows the problems over the page, or removes the overlay when there are none. */
export function showChapterProblems(problems: readonly ChapterProblem[]): void {
  document.getElementById(OVERLAY_ID)?.remove();
  if (problems.length === 0) return;
  const host = element('div');
  host.id = OVERLAY_ID;
  const root = host.attachShadow({ mode: 'open' });
  const section = element('section');
  section.setAttribute('role', 'alert');
  const close = element('button', 'Masquer');
  close.type = 'button';
  close.addEventListener('click', () => host.remove());
  const count = problems.length === 1 ? 'une erreur bloquante' : `${problems.length} erreurs bloquantes`;
  section.append(close, element('h2', `Chapitres du livre blanc : ${count}`));
  section.append(element('p', '« livre-blanc build » refusera de publier. Ce message disparaît dès que le chapitre est corrigé et enregistré.'));
  const list = element('ul');
  for (const problem of problems) {
    const item = element('li');
    item.append(element('code', `${problem.file}:${problem.line}:${problem.column}`), ` ${problem.message}`);
    if (problem.hint) item.append(element('br'), element('span', `Conseil : ${problem.hint}`, 'conseil'));
    list.append(item);
  }
  section.append(list);
  root.append(element('style', STYLE), section);
  document.body.append(host);
}
