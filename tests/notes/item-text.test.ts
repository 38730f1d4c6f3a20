import { describe, expect, it } from 'vitest';
import { extractMarkers } from '../../src/pipeline/ingest/notes/item-text.ts';

describe('item markers: hashtags and vote counts', () => {
  it.each([
    ['Texte simple.', 'Texte simple.', [], []],
    ['Saisie longue. #saisie (12 votes)', 'Saisie longue.', ['saisie'], ['12']],
    ['Saisie longue (12 voix) #saisie', 'Saisie longue', ['saisie'], ['12']],
    ['Un vote (1 vote)', 'Un vote', [], ['1']],
    ['Négatif (-3 votes)', 'Négatif', [], ['-3']],
    ['Décimal (2,5 votes)', 'Décimal', [], ['2,5']],
    ['Gommettes (4 gommettes)', 'Gommettes', [], ['4']],
    ['#saisie Trop de clics', 'Trop de clics', ['saisie'], []],
    ['La #saisie est lente', 'La saisie est lente', ['saisie'], []],
    ['Texte — #pilotage #agenda-rdv', 'Texte', ['pilotage', 'agenda-rdv'], []],
    ['Accents #Équipe_SI.', 'Accents.', ['Équipe_SI'], []],
    ['Le C# et le #1 ne sont pas des thèmes', 'Le C# et le #1 ne sont pas des thèmes', [], []],
    ['https://exemple.fr/page#ancre reste', 'https://exemple.fr/page#ancre reste', [], []],
    ['(12 votes)', '', [], ['12']],
    ['#saisie', '', ['saisie'], []],
    ['Parenthèse (sans vote) gardée', 'Parenthèse (sans vote) gardée', [], []],
    // Counts as ambassadors also write them: a multiplier, square brackets, a dash at the end.
    ['Prendre rendez-vous en un clic (x3)', 'Prendre rendez-vous en un clic', [], ['3']],
    ['En un clic (×3) #saisie', 'En un clic', ['saisie'], ['3']],
    ['En un clic (3x)', 'En un clic', [], ['3']],
    ['En un clic [5 votes]', 'En un clic', [], ['5']],
    ['En un clic — 4 votes', 'En un clic', [], ['4']],
    ['En un clic - 4 votes.', 'En un clic', [], ['4']],
    ['Le dispositif a reçu 4 votes', 'Le dispositif a reçu 4 votes', [], []],
    ['Un écran 4x3 (voir annexe)', 'Un écran 4x3 (voir annexe)', [], []],
    ['(3) Prendre rendez-vous', '(3) Prendre rendez-vous', [], []],
    // A plus count in brackets, as dots are tallied — at the end only: « (+33) » starts a phone number.
    ['la messagerie interne (+4)', 'la messagerie interne', [], ['4']],
    ['La messagerie [+ 12] #outils', 'La messagerie', ['outils'], ['12']],
    ['Appeler le (+33) 1 40 00 00 00 en cas de panne', 'Appeler le (+33) 1 40 00 00 00 en cas de panne', [], []],
    ['Un écart (+4) entre les deux chiffres', 'Un écart (+4) entre les deux chiffres', [], []],
  ])('%j', (raw, text, hashtags, votes) => {
    expect(extractMarkers(raw)).toEqual({ text, hashtags, votes, bareCount: null });
  });

  it.each([
    ['En un clic (3)', '3'],
    ['En un clic (12). #saisie', '12'],
  ])('keeps a number alone in brackets at the end of %j in the text, and names it', (raw, count) => {
    const markers = extractMarkers(raw);
    expect(markers.votes).toEqual([]);
    expect(markers.text).toContain(`(${count})`);
    expect(markers.bareCount).toBe(count);
  });

  // A backtracking pattern would not end within the test's timeout on 20,000 tags (speed is the bench's).
  it('reads a line full of hashtags', { timeout: 10_000 }, () => {
    const raw = `${'mot #tag '.repeat(20_000)}fin`;
    const result = extractMarkers(raw);
    expect(result.hashtags).toHaveLength(20_000);
  });
});
