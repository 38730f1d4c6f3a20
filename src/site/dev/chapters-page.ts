/**
 * Under `astro dev`, the page served instead of one that would stop at a chapter's blocking problem
 * (its chapter's page, or the print page that holds them all): the problems in French, each at its
 * file:line:column with its advice, where Astro would show a stack trace on the first.
 */
import { plural } from '../../pipeline/text/plural.ts';
import type { ChapterProblem } from './messages.ts';
import { devModule } from './reload-client.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function chaptersPage(problems: readonly ChapterProblem[]): string {
  const items = problems.map(
    (p) => `<li><code>${escape(`${p.file}:${p.line}:${p.column}`)}</code> ${escape(p.message)}${p.hint ? `<br><span class="conseil">Conseil : ${escape(p.hint)}</span>` : ''}</li>`,
  );
  const count = plural(problems.length, 'erreur bloquante', 'erreurs bloquantes');
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chapitre à corriger — Livre blanc</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;color:#161616;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{color:#8a0018;font-size:1.6rem}li{margin:.6rem 0}code{font-weight:bold}.conseil{color:#4a4a4a}</style>
<script type="module" src="/@vite/client"></script>
<script type="module" src="/@fs${escape(devModule('chapters-page-client.ts'))}"></script>
</head><body><main>
<h1>Chapitres du livre blanc : ${count}</h1>
<p>Cette page n’est pas affichée tant que ${problems.length === 1 ? 'cette erreur n’est pas corrigée' : 'ces erreurs ne sont pas corrigées'} : « livre-blanc build » refuserait de publier. Corrigez puis enregistrez le chapitre : la page se recharge d’elle-même.</p>
<ul>${items.join('\n')}</ul>
</main></body></html>
`;
}
