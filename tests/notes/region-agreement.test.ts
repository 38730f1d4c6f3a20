import { describe, expect, it } from 'vitest';
import { codes, parse } from './helpers.ts';

const BODY = '\n## Ce qui fonctionne\n\n- La recherche est rapide.\n';
const note = (region: string, departements: string) =>
  `---\ntitre: Atelier\ndate: 2026-09-12\nformat: presentiel\nregion: ${region}\ndepartements: ${departements}\n---\n${BODY}`;
const RENNES = 'content/ateliers/bretagne/2026-09-12-rennes.md';

describe('the region the header, the folder and the départements say', () => {
  it('blocks, in one message, a header contradicted by the folder and every département, and reads the majority', () => {
    const result = parse(note('Auvergne-Rhône-Alpes', '["35", "22", "56"]'), RENNES);
    // Before: region-dossier and three departement-hors-region warnings, published in Auvergne-Rhône-Alpes.
    expect(codes(result)).toEqual(['region-contredite@5']);
    const [only] = result.diagnostics;
    expect(only?.severity).toBe('blocking');
    expect(only?.message).toBe(
      'L’en-tête indique la région Auvergne-Rhône-Alpes, mais le dossier de la note (content/ateliers/bretagne/) et ses 3 départements (35, 22 et 56) sont en Bretagne : publiée ainsi, la note le serait en Auvergne-Rhône-Alpes, sans ses départements.',
    );
    expect(only?.hint).toContain('Corrigez l’en-tête : « region: Bretagne »');
    expect(result.sessions[0]).toMatchObject({ region: '53', departments: ['35', '22', '56'] });
  });

  it('says the folder alone when the départements agree with the header', () => {
    const result = parse(note('Auvergne-Rhône-Alpes', '["69"]'), RENNES);
    expect(codes(result)).toEqual(['region-dossier@5']);
    expect(result.sessions[0]).toMatchObject({ region: '84', departments: ['69'] });
  });

  it('says the départements of another region in one warning, naming the region they share', () => {
    const result = parse(note('Bretagne', '["14", "50"]'), RENNES);
    expect(codes(result)).toEqual(['departement-hors-region@6']);
    expect(result.diagnostics[0]?.message).toBe(
      'Les départements 14 (Calvados) et 50 (Manche) ne sont pas dans la région Bretagne mais dans la région Normandie : ils sont ignorés.',
    );
    expect(result.diagnostics[0]?.hint).toContain('« region: Normandie »');
    expect(result.sessions[0]).toMatchObject({ region: '53', departments: [] });
  });

  it('names each other region when the départements are spread, and keeps those of the header’s', () => {
    const result = parse(note('Bretagne', '["35", "14", "44"]'), RENNES);
    expect(codes(result)).toEqual(['departement-hors-region@6']);
    expect(result.diagnostics[0]?.message).toContain('mais dans les régions Normandie (14) et Pays de la Loire (44) : ils sont ignorés.');
    expect(result.sessions[0]).toMatchObject({ region: '53', departments: ['35'] });
  });

  it('keeps the single-département wording', () => {
    const result = parse(note('Bretagne', '["35", "14"]'), RENNES);
    expect(result.diagnostics[0]?.message).toBe('Le département 14 (Calvados) n’est pas dans la région Bretagne mais dans la région Normandie : il est ignoré.');
  });
});
