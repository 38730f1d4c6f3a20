/**
 * Browser side, on the page that stands for a chapter with blocking problems (chapters-page.ts): it
 * reloads at each new check or Synthesis, and so shows the chapter itself once it is fixed. It asks
 * for nothing as it loads: the answer would reload it again.
 */
import { CHAPTERS_EVENT, SYNTHESIS_EVENT } from './messages.ts';

const hot = import.meta.hot;
if (hot) for (const event of [CHAPTERS_EVENT, SYNTHESIS_EVENT]) hot.on(event, () => location.reload());
