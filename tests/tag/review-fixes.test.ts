import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/pipeline/tag/tag-text.ts';
import { splitStatements } from '../../src/pipeline/tag/segment.ts';

/**
 * Patterns found wrong in the labelled review sample (tests/tag/fixtures/tag-sample-review.json),
 * each tested on texts written for the rule, not on the sample's own.
 */
const RETIREMENT = 'Pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrés, pour chaque point, avec l’administration concernée ?';

/** The published statements: their text and their tag. */
function published(text: string, question: string | null = null): Array<[string, string]> {
  return tagText(text, question).segments.map((s) => [s.text, s.primary]);
}

describe('a topic named before a proposal (« Fiscalité : revoir… »)', () => {
  it('reads the proposal after the topic as at the start of the statement: a need first', () => {
    expect(published('Logement : supprimer la taxe sur les petits loyers, trop de familles en difficulté')).toEqual([
      ['Logement : supprimer la taxe sur les petits loyers, trop de familles en difficulté', 'needs'],
    ]);
    expect(tagText('Transports en commun : développer les lignes de bus, trop de voitures en ville').segments[0]?.primary).toBe('needs');
    expect(tagText('Santé, revoir la carte des urgences car trop de kilomètres à faire').segments[0]?.primary).toBe('needs');
  });

  it('keeps a topic that complains, a subject that speaks and a question on what works or fails as they were', () => {
    // The topic's own words judge: the complaint stays.
    expect(tagText('Les retards du service : allez voir la file d’attente le lundi').tags).toContain('broken');
    // Under « satisfaction et/ou difficultés », a topic and an infinitive name a procedure, not a proposal.
    expect(tagText('CAF : mettre à jour son dossier en ligne', RETIREMENT).tags).not.toContain('needs');
  });
});

describe('a lead-in that announces what matters (« Points importants pour notre équipe : »)', () => {
  it('passes a need to the list after it, which is no longer glued to the complaint that follows', () => {
    const text = 'Les points importants pour nous :\n- un agenda partagé\n- des alertes par SMS\nLes conseillers sont débordés en fin de mois';
    expect(published(text, 'Commentaire libre')).toEqual([
      ['Les points importants pour nous :\n- un agenda partagé\n- des alertes par SMS', 'needs'],
      ['Les conseillers sont débordés en fin de mois', 'broken'],
    ]);
  });

  it('leaves a lead-in that names nothing that matters as it was', () => {
    const text = 'Pour notre équipe :\n- un agenda partagé\n- des alertes par SMS\nLes conseillers sont débordés en fin de mois';
    expect(published(text, 'Commentaire libre').map(([, tag]) => tag)).toEqual(['broken']);
  });
});

describe('« marché », « marche » after a determiner: the noun, not « ça marche »', () => {
  it('reads no praise in the markets or the steps to follow', () => {
    for (const text of [
      'Le pays est soumis aux marchés financiers et aux agences de notation',
      'Les prix dépendent des marchés mondiaux',
      'Personne ne m’a indiqué la marche à suivre pour la demande',
    ]) {
      expect(tagText(text).tags, text).not.toContain('working');
    }
  });

  it('still reads the verb as praise', () => {
    expect(tagText('Le site marche bien depuis la mise à jour').tags).toEqual(['working']);
  });
});

describe('« pas la peine de… »: useless, not a negation of what follows', () => {
  it('reads the complaint after it as a complaint, not as praise negated', () => {
    const result = tagText('C’est pas la peine de perdre son temps en réunions, ils ne changeront rien');
    expect(result.tags).toEqual(['broken']);
  });

  it('is itself a complaint where nothing else judges', () => {
    expect(tagText('Ce n’est plus la peine de demander un rendez-vous à la mairie').tags).toEqual(['broken']);
  });
});

describe('« au lieu de… »: what is not done is no praise of today', () => {
  it('reads no praise in the alternative', () => {
    expect(tagText('La caisse nous envoie des courriers types au lieu de nous donner une réponse claire et rapide').tags).not.toContain('working');
  });

  it('keeps the complaint after it and the one of a new subject', () => {
    expect(tagText('Au lieu de simplifier on complique tout').tags).toEqual(['broken']);
    expect(tagText('Le service est rapide au lieu de traîner comme avant').tags).toContain('working');
  });
});

describe('a word cut at a line’s end (« Au-\\ndessus »)', () => {
  it('is one word of one statement, not two statements', () => {
    const text = 'Pas de salaire au-dessus de dix fois le SMIC. Au-\ndessus, c’est indécent';
    expect(published(text).map(([statement]) => statement)).toEqual([text]);
    expect(splitStatements(text).map((piece) => piece.text)).toEqual(['Pas de salaire au-dessus de dix fois le SMIC', 'Au-\ndessus, c’est indécent']);
  });

  it('still cuts at a line that opens with a capital or a bullet', () => {
    expect(splitStatements('Les horaires sont trop courts-\nLe site plante souvent')).toHaveLength(2);
    expect(splitStatements('Les délais sont trop longs\n- le site plante')).toHaveLength(2);
  });
});

describe('« Cherchez l’erreur », « empêcher »: complaints', () => {
  it('reads « Cherchez l’erreur » as pointing at an absurdity, not as a proposal', () => {
    const result = tagText('On paie 60 € un rendez-vous à l’Urssaf et 25 € chez le médecin. Cherchez l’erreur !');
    expect(result.segments.map((s) => s.primary)).not.toContain('needs');
    expect(result.tags).toContain('broken');
  });

  it('reads what prevents someone as a complaint, what did not prevent them as nothing, and « le public empêché » as people', () => {
    expect(tagText('Le plafond de revenus m’empêche de toucher l’aide au logement').tags).toEqual(['broken']);
    expect(tagText('Cela n’empêche pas la caisse de nous répondre').tags).not.toContain('working');
    expect(tagText('Il faut garder un guichet pour le public empêché').tags).toEqual(['needs']);
  });
});

describe('what is hard to get, or prevented, is not asked for nor praised', () => {
  it('reads no request in what is hard to do (« compliqué à mettre en place »)', () => {
    expect(tagText('Le dossier de retraite est compliqué à mettre en place').tags).toEqual(['broken']);
  });

  it('reads what something prevents as a complaint (« nous empêchent de rémunérer correctement »)', () => {
    expect(tagText('Ces charges nous empêchent de rémunérer correctement les salariés').tags).toEqual(['broken']);
  });
});

describe('a difficulty’s frame ends at a new subject', () => {
  it('keeps the request that follows (« …difficultés de ce type il faut y remédier »)', () => {
    expect(tagText('Rien n’est fait pour les enfants qui ont des difficultés de lecture il faut y remédier vite').tags).toContain('needs');
  });
});
