/**
 * The question a verbatim answers, in the search index: each display chunk writes the questions its
 * documents answer once, in a table, and each document points to one (or -1) — never the text per document.
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { chunkFile, type Chunk } from '../../src/search/format.ts';
import { corpusItems, openEngine, type ItemSpec } from './fixtures.ts';

const GENE = 'Ce qui vous gêne au quotidien';
const FAUT_IL = 'Faut-il un seul identifiant pour tous les outils ?';

/** 40 survey answers to two questions, 10 note items under a part title, 5 under a subheading. */
function items(): FeedbackItem[] {
  const specs: ItemSpec[] = [];
  const questions: Array<string | null> = [];
  for (let i = 0; i < 40; i++) {
    specs.push({ text: i % 2 ? `Non, réponse ${i}` : `Les délais, réponse ${i}`, session: 'enquete-jeunes', tag: i % 2 ? 'needs' : 'broken', line: i + 2 });
    questions.push(i % 2 ? FAUT_IL : GENE);
  }
  for (let i = 0; i < 10; i++) {
    specs.push({ text: `La saisie est rapide ${i}`, tag: 'working', line: 100 + i });
    questions.push('Ce qui fonctionne');
  }
  for (let i = 0; i < 5; i++) {
    specs.push({ text: `Le dossier du tribunal arrive tard ${i}`, tag: 'broken', line: 200 + i });
    questions.push('Justice');
  }
  return corpusItems(specs).map((item, i) => ({ ...item, question: questions[i] ?? null }));
}

function chunks(files: Map<string, string>): Chunk[] {
  const found: Chunk[] = [];
  for (let i = 0; files.has(chunkFile(i)); i++) found.push(JSON.parse(files.get(chunkFile(i)) ?? '') as Chunk);
  return found;
}

describe('questions in the display chunks', () => {
  it('are a table of distinct questions per chunk, each document holding a position in it', async () => {
    const { files, engine } = await openEngine(items());
    const all = chunks(files);
    expect(all.length).toBeGreaterThan(4);
    for (const chunk of all) {
      expect(Object.keys(chunk)).toEqual(['questions', 'files', 'docs']);
      // The files the documents come from, written once too, each used (`ChunkDoc` file).
      expect(new Set(chunk.files.map((file) => JSON.stringify(file))).size).toBe(chunk.files.length);
      expect(chunk.files.every((_, position) => chunk.docs.some((doc) => doc[11] === position))).toBe(true);
      // Distinct: a question shared by the chunk's documents is written once.
      expect(new Set(chunk.questions.map(([text, heading]) => `${heading}${text}`)).size).toBe(chunk.questions.length);
      expect(chunk.questions.length).toBeLessThanOrEqual(engine.manifest.docsPerChunk);
      for (const doc of chunk.docs) {
        const position = doc[10];
        expect(position === -1 || chunk.questions[position] !== undefined).toBe(true);
      }
      // Every entry is used.
      expect(chunk.questions.every((_, position) => chunk.docs.some((doc) => doc[10] === position))).toBe(true);
    }
    // Never the text per document: 20 answers to « Ce qui vous gêne » write it at most once per chunk.
    const written = all.reduce((sum, chunk) => sum + JSON.stringify(chunk).split(GENE).length - 1, 0);
    const chunksWithIt = all.filter((chunk) => chunk.questions.some(([text]) => text === GENE)).length;
    expect(written).toBe(chunksWithIt);
    expect(chunksWithIt).toBeLessThan(20);
  });

  it('reach the reader: a survey answer has its « Question », a subheading its « Rubrique », a part title nothing', async () => {
    const { engine } = await openEngine(items());
    const docs = await engine.documents(Array.from({ length: engine.manifest.docs }, (_, doc) => doc));
    const byText = new Map(docs.map((doc) => [doc.text, doc.question]));
    expect(byText.get('Les délais, réponse 0')).toEqual({ label: 'Question', text: GENE });
    // The pages' typography: a thin no-break space before « ? ».
    expect(byText.get('Non, réponse 1')).toEqual({ label: 'Question', text: FAUT_IL.replace(' ?', '\u202f?') });
    expect(byText.get('Le dossier du tribunal arrive tard 0')).toEqual({ label: 'Rubrique', text: 'Justice' });
    expect(byText.get('La saisie est rapide 0')).toBeNull();
  });

  it('keep a long question to its first 300 characters or so, the cut marked « […] » as in a quotation', async () => {
    const long = `${'Quelles difficultés rencontrez-vous '.repeat(20)}?`;
    const { files } = await openEngine(items().map((item) => ({ ...item, question: item.question === GENE ? long : item.question })));
    const cut = chunks(files).flatMap((chunk) => chunk.questions.map(([text]) => text)).filter((text) => text.startsWith('Quelles'));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut) {
      expect(text.length).toBeLessThanOrEqual(304);
      expect(text.length).toBeGreaterThan(200);
      // A citation quotes the question: a cut inside a quotation is « […] » in French, not « … ».
      expect(text).toMatch(/\p{L} \[…\]$/u);
    }
  });
});
