/**
 * Browser side, under `astro dev` only (injected into every page by the dev watch): the chapters'
 * blocking problems over the page, asked for as the page loads and updated as they change. Not on the
 * entry form, whose users write notes, not chapters.
 */
import { showChapterProblems } from './chapters-overlay.ts';
import { CHAPTERS_EVENT, CHAPTERS_REQUEST, type ChaptersState } from './messages.ts';

if (import.meta.hot && !document.getElementById('saisie')) {
  import.meta.hot.on(CHAPTERS_EVENT, (state: ChaptersState) => showChapterProblems(state.problems));
  import.meta.hot.send(CHAPTERS_REQUEST);
}
