/**
 * Misreadings found on the real Grand Débat answers, on short synthetic texts: a noun in -aire read as
 * an infinitive (« pour le primaire »), a short form's period ending the sentence (« pb. »), someone
 * else's refusal read as a non-answer (« Pôle emploi ne propose pas de personnel »), a question after
 * « je ne sais pas » and an aside, « RAS » followed by weak praise.
 */
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/pipeline/tag/index.ts';
import { splitStatements } from '../../src/pipeline/tag/segment.ts';
import { isInfinitive } from '../../src/pipeline/tag/verb-forms.ts';

const SCHOOL = 'Si vous avez été amené à scolariser votre enfant, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrés ?';
const RECRUIT = 'Si vous avez été amené à recruter du personnel, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrés ?';
const TRAINING = 'Si vous avez été amené à chercher une formation, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrés ?';
const MISSING = 'Si non, quels types de services publics vous manquent dans votre territoire et qu’il est nécessaire de renforcer ?';
const COMPANY = 'Si vous avez été amené à créer une entreprise, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrés ?';

describe('infinitives after « pour »', () => {
  it('takes the verbs in -re, -ir, -oir for infinitives, not the nouns and adjectives of the same endings', () => {
    for (const verb of ['faire', 'satisfaire', 'extraire', 'rendre', 'joindre', 'mettre', 'connaitre', 'inscrire', 'conduire', 'croire', 'conclure', 'suivre', 'obtenir', 'recevoir', 'valoir']) {
      expect(isInfinitive(verb), verb).toBe(true);
    }
    for (const noun of ['primaire', 'salaire', 'notaire', 'contraire', 'affaire', 'centre', 'lettre', 'ordre', 'voiture', 'structure', 'territoire', 'premiere', 'prepare', 'couloir', 'loisir', 'avenir', 'dossier']) {
      expect(isInfinitive(noun), noun).toBe(false);
    }
  });

  it('reads « pour le primaire », « pour le notaire », « pour le loisir » as a topic, not a goal', () => {
    expect(tagText('Pour le primaire ça se passe bien', SCHOOL)).toMatchObject({ none: false, tags: ['working'] });
    expect(tagText('Pour le notaire tout va bien', COMPANY)).toMatchObject({ none: false, tags: ['working'] });
    expect(tagText('Pour le loisir tout se passe bien', SCHOOL)).toMatchObject({ none: false, tags: ['working'] });
    expect(tagText('Un vrai bonheur tant pour la création que pour la fermeture', COMPANY)).toMatchObject({ none: false, tags: ['working'] });
  });
});

describe('short forms with a period', () => {
  it('goes on after « pb. », « min. » when the sentence visibly does', () => {
    expect(splitStatements('Gros pb. avec le site de la CAF').map((p) => p.text)).toEqual(['Gros pb. avec le site de la CAF']);
    expect(splitStatements('Des pbs. de connexion').map((p) => p.text)).toEqual(['Des pbs. de connexion']);
    expect(splitStatements('Le collège est à 45 min. de trajet').map((p) => p.text)).toEqual(['Le collège est à 45 min. de trajet']);
    for (const text of ['Voir cf. plus haut', 'Env. 3 mois d’attente', 'Par ex. la CAF', 'Par tél. c’est long', 'M. Dupont est gentil', 'Mme. Durand est gentille']) {
      expect(splitStatements(text), text).toHaveLength(1);
    }
  });

  it('still ends the sentence at « pb. » before a capital or a new clause', () => {
    expect(splitStatements('Pas de pb. Le site est lent').map((p) => p.text)).toEqual(['Pas de pb', 'Le site est lent']);
    expect(splitStatements('Il faut un rdv. cela prend du temps')).toHaveLength(2);
  });
});

describe('someone else’s refusal', () => {
  it('is a complaint when an institution or a third party is the subject', () => {
    expect(tagText('Pôle emploi ne propose pas de personnel', RECRUIT)).toMatchObject({ none: false, tags: ['broken'] });
    expect(tagText('La CAF ne fait pas de recherche d’emploi pour nous', RECRUIT)).toMatchObject({ none: false, tags: ['broken'] });
    expect(tagText('Ils ne proposent pas de personnel', RECRUIT)).toMatchObject({ none: false, tags: ['broken'] });
  });

  it('stays a non-answer when the writer, or what is theirs, is the subject', () => {
    for (const text of ['Je n’ai pas de personnel', 'Nous n’avons pas de personnel', 'Mon entreprise n’a pas de salarié', 'Ils ne sont pas concernés', 'Activité ne demandant pas de recrutement']) {
      expect(tagText(text, RECRUIT).none, text).toBe(true);
    }
  });
});

describe('« je ne sais pas » and what is not known', () => {
  it('reads a question after an adverb or an aside as a difficulty (a need under « what is missing? »)', () => {
    expect(tagText('Je ne sais pas concrètement à quelle formation m’adresser', TRAINING)).toMatchObject({ none: false, tags: ['broken'] });
    expect(tagText('Je ne sais pas, aujourd’hui, quel est l’âge de la retraite', TRAINING)).toMatchObject({ none: false, tags: ['broken'] });
    expect(tagText('Je ne sais pas toujours qui est responsable de quoi', MISSING)).toMatchObject({ none: false, tags: ['needs'] });
  });

  it('sets aside what only hedges or asks about the answer', () => {
    for (const text of ['Je ne sais pas, quand on voit tout ça', 'Je ne sais pas vraiment comment répondre', 'Je ne sais pas, à mon avis', 'Je ne sais pas vraiment']) {
      expect(tagText(text, TRAINING).none, text).toBe(true);
    }
  });
});

describe('« RAS » followed by weak praise', () => {
  it('keeps « RAS, site internet OK », « RAS, ça va », « RAS, correct » as working', () => {
    for (const text of ['RAS, site internet OK', 'RAS, ça va', 'RAS, correct', 'Rien à signaler : tout est ok']) {
      expect(tagText(text, TRAINING), text).toMatchObject({ none: false, tags: ['working'] });
    }
  });

  it('leaves weak praise after another non-answer, and « RAS, merci », set aside', () => {
    for (const text of ['Non concerné, correct', 'RAS, merci', 'Sans objet, ça va']) expect(tagText(text, TRAINING).none, text).toBe(true);
  });
});
