/**
 * renderNote → parseNote round trip: the note written from a draft reads back, through the pipeline's
 * own parser, as the same front matter, items, tags, themes and votes, with no blocking diagnostic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import { TAGS, type Tag } from '../../src/pipeline/model.ts';
import { renderNote } from '../../src/entry/note-template.ts';
import { formatItemLine } from '../../src/entry/item-line.ts';
import { extractMarkers } from '../../src/pipeline/ingest/notes/item-text.ts';
import { readVotes } from '../../src/pipeline/ingest/notes/votes.ts';
import type { DraftItem, NoteDraft } from '../../src/entry/draft.ts';
import { referentiels, sampleDraft } from './helpers.ts';

function readBack(draft: NoteDraft) {
  const note = renderNote(draft);
  const result = parseNote({ file: note.path, content: note.content }, referentiels);
  return { note, result, blocking: result.diagnostics.filter((d) => d.severity === 'blocking') };
}

/**
 * What the parser must give back for the draft's items, in note order: the item's line as typed,
 * read by the parser's own marker extraction. Equality with the parsed note proves that the Markdown
 * escaping is transparent: remark reads back exactly the line the ambassador typed.
 */
function expectedItems(draft: NoteDraft) {
  return TAGS.flatMap((tag: Tag) =>
    draft.items[tag]
      .filter((item) => item.text.trim())
      .map((item) => {
        const markers = extractMarkers(formatItemLine(item));
        const themes = markers.hashtags.map((t) => referentiels.themeOfHashtag(t)?.id).filter((id): id is string => !!id);
        return { declaredTag: tag, text: markers.text, explicitThemes: [...new Set(themes)].sort(), weight: readVotes(markers.votes).weight };
      })
      .filter((item) => item.text),
  );
}

describe('renderNote', () => {
  it('writes the path content/ateliers/<region>/<date>-<lieu>.md from the region code or name', () => {
    expect(renderNote(sampleDraft()).path).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-saintes.md');
    expect(renderNote({ ...sampleDraft(), region: 'ile de france', lieu: 'Saint-Denis (93)', date: '15/10/2026' }).path).toBe(
      'content/ateliers/ile-de-france/2026-10-15-saint-denis-93.md',
    );
  });

  it('writes the front matter the parser reads back, and no diagnostic at all for a clean draft', () => {
    const draft = { ...sampleDraft(), jeunes: true, contexte: 'Atelier de deux heures.' };
    const { note, result } = readBack(draft);
    expect(result.diagnostics).toEqual([]);
    const [session] = result.sessions;
    expect(session).toMatchObject({
      title: 'Atelier jeunes Nouvelle-Aquitaine — Saintes',
      date: '2026-09-12',
      format: 'presentiel',
      region: '75',
      departments: ['17'],
      structures: ['Mission Locale de la Saintonge'],
      participants: 14,
      profiles: { conseiller: 8, direction: 3, accueil: 3 },
    });
    expect(result.items.every((item) => item.profile === 'jeune')).toBe(true);
    expect(result.names).toContain('Prénom N.');
    expect(note.content).toContain('departements: ["17"]');
    expect(note.content).toContain('\n## Ce qui dysfonctionne\n\n- Saisir une situation demande d’ouvrir quatre écrans. #saisie (12 votes)\n');
  });

  it('gives back every item with its tag, themes and votes', () => {
    const draft = sampleDraft();
    const { result } = readBack(draft);
    expect(result.items.map(({ declaredTag, text, explicitThemes, weight }) => ({ declaredTag, text, explicitThemes, weight }))).toEqual(
      expectedItems(draft),
    );
    expect(result.items.map((i) => i.explicitThemes)).toEqual([['saisie-ergonomie'], ['saisie-ergonomie'], ['pilotage-statistiques']]);
  });

  it('escapes what would change the Markdown: list markers, headings, emphasis, links, HTML, entities', () => {
    const tricky = [
      '1. Le premier point est une phrase, pas une liste',
      '- un tiret au début',
      '# pas un titre',
      '> pas une citation',
      '*étoiles* et _soulignés_ et `code`',
      '[lien](javascript:alert(1)) et ![image](x.png)',
      '<script>alert(1)</script> &amp; &#35; fin',
      '[ ] pas une case à cocher',
      'une barre oblique inverse \\ au milieu',
      '~~barré~~ et 3 < 4 > 2',
    ];
    const draft: NoteDraft = { ...sampleDraft(), items: { working: tricky.map((text) => ({ text, themes: [], votes: null })), broken: [], needs: [] } };
    const { result, note } = readBack(draft);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.text)).toEqual(expectedItems(draft).map((i) => i.text));
    expect(result.items.map((i) => i.text)[4]).toBe('*étoiles* et _soulignés_ et `code`');
    expect(result.items.map((i) => i.text)[0]).toBe('1. Le premier point est une phrase, pas une liste');
    expect(result.items.map((i) => i.text)[2]).toBe('# pas un titre');
    expect(result.items.map((i) => i.text)[6]).toBe('<script>alert(1)</script> &amp; &#35; fin');
    expect(note.content).toContain('\\<script>alert(1)\\</script>');
  });

  it('keeps quotes, colons and hashes in front matter values', () => {
    const draft: NoteDraft = {
      ...sampleDraft(),
      titre: 'Atelier « spécial » : #1 — "guillemets" \'simples\'',
      structures: ['Mission Locale "Forez": Sud', "Mission Locale de l'Ouest, #2"],
      ambassadeurs: ['- Tiret', '[Crochet]'],
    };
    const { result } = readBack(draft);
    expect(result.diagnostics).toEqual([]);
    expect(result.sessions[0]?.title).toBe(draft.titre);
    expect(result.sessions[0]?.structures).toEqual(draft.structures);
  });

  it('a context paragraph that looks like a section or an item stays text', () => {
    const draft = { ...sampleDraft(), contexte: '## Ce qui fonctionne\n- pas un élément\n\n1. ni celui-ci' };
    const { result } = readBack(draft);
    expect(result.diagnostics).toEqual([]);
    expect(result.items).toHaveLength(3);
  });

  it('round-trips any item text (property)', () => {
    const special = fc.constantFrom('#', '*', '_', '`', '[', ']', '<', '>', '&', '\\', '(', ')', '-', '+', '1.', '2)', '~', '!', '|', ':', ' ', 'é', '«', '»', '—', '\t', '\n', '3 votes', 'amp;', 'saisie');
    const text = fc.array(fc.oneof(special, fc.string({ maxLength: 6 }), fc.constantFrom('Les jeunes', 'écran', 'agenda')), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    const item: fc.Arbitrary<DraftItem> = fc.record({
      text,
      themes: fc.array(fc.constantFrom('saisie', 'pilotage', 'agenda-rendez-vous', 'sms'), { maxLength: 2 }),
      votes: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), fc.array(item, { maxLength: 3 }), (working, needs) => {
        const draft: NoteDraft = { ...sampleDraft(), items: { working, broken: [], needs } };
        const { result, blocking } = readBack(draft);
        expect(blocking).toEqual([]);
        const kept = expectedItems(draft);
        expect(result.items.map(({ declaredTag, text, explicitThemes, weight }) => ({ declaredTag, text, explicitThemes, weight }))).toEqual(kept);
      }),
      { seed: 20260912, numRuns: 300 },
    );
  });
});
