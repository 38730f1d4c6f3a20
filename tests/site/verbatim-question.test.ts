/**
 * The question a verbatim answers: shown above the quote (« Question : … » for a survey, « Rubrique : … »
 * for a note's subheading), left out when it only names the part the tag badge gives, and always as text.
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { commonQuestion, verbatimQuestion, verbatimSource } from '../../src/site/verbatim-question.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { renderComponent } from '../export/support/render-component.ts';

const item = (id: string): FeedbackItem => {
  const found = fixtureSynthesis.items.find((each) => each.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** The fixture's items with questions: a survey column, part titles, a subheading, a planted header. */
const QUESTIONS: Record<string, string> = {
  c01: 'Ce qui vous gêne au quotidien',
  c02: '<script>window.__xss=1</script> Vos attentes',
  c03: 'Ce qui fonctionne bien',
  a01: 'Ce qui fonctionne',
  a02: '2. Irritants :',
  a03: 'Justice',
  b03: 'Le portail est-il utile ?',
};

const synthesis: Synthesis = {
  ...fixtureSynthesis,
  items: fixtureSynthesis.items.map((each) => ({ ...each, question: QUESTIONS[each.id] ?? null })),
};
const withQuestion = (id: string): FeedbackItem => ({ ...item(id), question: QUESTIONS[id] ?? null });

describe('verbatimQuestion', () => {
  it('gives a survey answer its question', () => {
    expect(verbatimQuestion(withQuestion('c01'), 'survey')).toEqual({ kind: 'question', text: 'Ce qui vous gêne au quotidien' });
  });

  it('leaves out a part title or a synonym, numbered or not, when the badge says the same', () => {
    expect(verbatimQuestion(withQuestion('a01'), 'workshop')).toBeNull();
    expect(verbatimQuestion(withQuestion('a02'), 'workshop')).toBeNull();
    // A survey column named like a part, answered with that part's tag.
    expect(verbatimQuestion(withQuestion('c03'), 'survey')).toBeNull();
  });

  it('shows a part title when the item was tagged otherwise: the heading then says something', () => {
    expect(verbatimQuestion({ question: 'Ce qui fonctionne', tag: 'needs' }, 'workshop')).toEqual({ kind: 'heading', text: 'Ce qui fonctionne' });
  });

  it('shows a subheading as a « Rubrique », a heading phrased as a question as a « Question »', () => {
    expect(verbatimQuestion(withQuestion('a03'), 'workshop')).toEqual({ kind: 'heading', text: 'Justice' });
    expect(verbatimQuestion(withQuestion('b03'), 'workshop')).toEqual({ kind: 'question', text: 'Le portail est-il utile ?' });
    expect(verbatimQuestion({ question: '  ', tag: 'needs' }, 'survey')).toBeNull();
  });

  it('finds the question every item of a list answers, and none when one differs or has none', () => {
    const column = [withQuestion('c01'), { ...withQuestion('c05'), question: 'Ce qui vous gêne au quotidien' }];
    expect(commonQuestion(column, 'survey')).toEqual({ kind: 'question', text: 'Ce qui vous gêne au quotidien' });
    expect(commonQuestion([...column, withQuestion('c02')], 'survey')).toBeNull();
    expect(commonQuestion([...column, withQuestion('c04')], 'survey')).toBeNull();
  });
});

describe('verbatimSource', () => {
  const answer = { file: 'q.csv', line: 315, column: 1, row: 240, field: 'Ce qui vous gêne au quotidien' };

  it('leaves out the column’s name when it is the question shown, and only then', () => {
    const question = verbatimQuestion({ question: ' Ce qui vous gêne au quotidien ', tag: 'broken' }, 'survey');
    expect(verbatimSource(answer, question)).toBe('ligne 315 (réponse n° 240), colonne de la question');
    // Another question (a row's own), none shown (a part's title), a note: the place as the exports give it.
    expect(verbatimSource(answer, { kind: 'question', text: 'Vos attentes' })).toBe('ligne 315 (réponse n° 240), colonne « Ce qui vous gêne au quotidien »');
    expect(verbatimSource(answer, null)).toBe('ligne 315 (réponse n° 240), colonne « Ce qui vous gêne au quotidien »');
    expect(verbatimSource({ file: 'n.md', line: 12, column: 1 }, { kind: 'heading', text: 'Justice' })).toBe('ligne 12');
  });
});

describe('<VerbatimItem> shows the question', () => {
  it('above a survey answer, not under a part title, above a subheading’s item, escaped', async () => {
    const render = (id: string) => renderComponent(synthesis, 'src/components/VerbatimItem.astro', { item: withQuestion(id) });
    // One after the other: each render hands its Synthesis over through the process's environment.
    const survey = await render('c01');
    const partTitle = await render('a01');
    const subheading = await render('a03');
    const planted = await render('c02');
    expect(survey).toMatch(/<p class="question"[^>]*><span class="question-label"[^>]*>Question :<\/span> Ce qui vous gêne au quotidien<\/p>\s*<blockquote/);
    expect(partTitle).not.toContain('class="question"');
    expect(subheading).toContain('Rubrique :</span> Justice</p>');
    expect(planted).toContain('Question :</span> &lt;script&gt;window.__xss=1&lt;/script&gt; Vos attentes</p>');
    expect(planted).not.toContain('<script>');
  }, 120_000);

  it('once: the source line does not end with the column the question line names', async () => {
    const answer = withQuestion('c01');
    const column = { ...answer, source: { ...answer.source, field: 'Ce qui vous gêne au quotidien' } };
    const render = (props: Record<string, unknown>) => renderComponent(synthesis, 'src/components/VerbatimItem.astro', props);
    const shown = await render({ item: column });
    expect(shown.match(/Ce qui vous gêne au quotidien/g)).toHaveLength(1);
    // The file's place is for the bureau, in the line's title: the column is not named there either.
    expect(shown).toMatch(/<span class="source"[^>]*title="Fichier : [^"]*, colonne de la question"[^>]*>Source : <span/);
    // On a session page stating the question once in its header, the source line leaves it out too.
    expect(await render({ item: column, showQuestion: false })).not.toContain('Ce qui vous gêne au quotidien');
  }, 120_000);
});
