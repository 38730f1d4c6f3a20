import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Theme } from '../../src/pipeline/model.ts';
import type { TaggedItem } from '../../src/pipeline/tag/index.ts';
import { assignThemes, themedShare } from '../../src/pipeline/themes/index.ts';
import { foldedWords, matchStems, stemWord } from '../../src/pipeline/themes/stem.ts';
import { parseKeyword } from '../../src/pipeline/themes/matcher.ts';
import { ScannedTexts } from '../../src/pipeline/text/scanned-texts.ts';

const THEMES: Theme[] = [
  { id: 'saisie-ergonomie', label: 'Saisie et ergonomie', description: '', keywords: ['saisie', 'écran', 'liste déroulante'] },
  { id: 'pilotage-statistiques', label: 'Pilotage', description: '', keywords: ['tableau de bord', 'statistique'] },
  { id: 'interoperabilite', label: 'Interopérabilité', description: '', keywords: ['double saisie', 'France Travail'] },
  { id: 'agenda-rendez-vous', label: 'Agenda', description: '', keywords: ['rendez-vous', 'agenda', 'attente'] },
  { id: 'offres-entreprises', label: 'Offres', description: '', keywords: ['emploi (avec offre, trouver, recherche d’emploi)', 'offre (avec emploi, stage)'] },
  Object.assign({ id: 'communication-jeunes', label: 'Communication', description: '', keywords: ['SMS'] }, { aliases: ['sms', 'appli'] }),
  { id: 'autres', label: 'Autres', description: '', keywords: [] },
];

function tagged(text: string, explicitThemes: string[] = [], id = 'a'): TaggedItem {
  return {
    id,
    sessionId: 's',
    text,
    declaredTag: 'broken',
    explicitThemes,
    weight: 1,
    region: '84',
    department: null,
    profile: null,
    format: 'presentiel',
    question: null,
    source: { file: 'content/ateliers/x.md', line: 12, column: 3 },
    tag: 'broken',
    tagSource: 'explicit',
    confidence: 1,
  };
}

const themesOf = (text: string, explicit: string[] = []) => assignThemes([tagged(text, explicit)], THEMES)[0]?.themes;

describe('French stems', () => {
  it('reduces inflections and accents to one stem, as lunr search does', () => {
    expect(stemWord('saisies')).toBe(stemWord('saisie'));
    expect(stemWord('saisir')).toBe(stemWord('saisie'));
    expect(matchStems('Les ÉCRANS')).toEqual(matchStems('les ecran'));
    expect(matchStems('données')).toEqual(matchStems('donnees'));
  });
  it('splits words on apostrophes, hyphens and punctuation, and folds them', () => {
    expect(foldedWords('L’écran-tactile, Œuvre; DONNÉES… «ça» 4G × ß')).toEqual(['l', 'ecran', 'tactile', 'oeuvre', 'donnees', 'ca', '4g']);
    expect(foldedWords('')).toEqual([]);
  });
  it('skips grammatical glue inside phrases', () => {
    expect(matchStems('tableaux de bord')).toEqual(matchStems('tableau du bord'));
  });
});

describe('French stems that must not meet', () => {
  it('keeps an adjective in -if/-ive apart from the noun Snowball cuts it to', () => {
    expect(stemWord('attentifs')).not.toBe(stemWord('attente'));
    expect(stemWord('attentive')).toBe(stemWord('attentif'));
    expect(stemWord('positif')).not.toBe(stemWord('position'));
    // Not cut by Snowball: unchanged.
    expect(stemWord('arrive')).toBe(stemWord('arriver'));
    expect(stemWord('actifs')).toBe(stemWord('actif'));
  });
  it('keeps an agent noun in -ateur apart from the action', () => {
    expect(stemWord('administrateur')).not.toBe(stemWord('administration'));
    expect(stemWord('administratrices')).toBe(stemWord('administrateur'));
    expect(stemWord('formateur')).not.toBe(stemWord('formation'));
  });
  it('stems a feminine in -ée(s) as its masculine, not the nouns that would then meet another word', () => {
    const same = (a: string, b: string) => expect(matchStems(a)).toEqual(matchStems(b));
    const apart = (a: string, b: string) => expect(matchStems(a)).not.toEqual(matchStems(b));
    same('bloquée', 'bloqué');
    same('bloquées', 'bloqués');
    same('expirée', 'expiré');
    same('sauvegardées', 'sauvegarde');
    same('données', 'donnée');
    apart('données', 'donner');
    apart('durée', 'dur');
    same('entrées', 'entrée');
    apart('entrée', 'entre');
  });
  it('stems a plural in -xions or -ssions, and « emplois », as the singular', () => {
    expect(matchStems('déconnexions')).toEqual(matchStems('déconnexion'));
    expect(matchStems('connexions')).toEqual(matchStems('connexion'));
    expect(matchStems('transmissions')).toEqual(matchStems('transmission'));
    expect(matchStems('emplois')).toEqual(matchStems('emploi'));
  });
  it('gives « conseiller » the stem of « conseillère(s) » and « conseillers », not of « conseil »', () => {
    expect(matchStems('conseiller')).toEqual(matchStems('conseillère'));
    expect(matchStems('conseiller')).toEqual(matchStems('conseillers'));
    expect(matchStems('conseiller')).not.toEqual(matchStems('conseil'));
  });
  it('keeps « attention » apart from « attente »', () => {
    expect(stemWord('attention')).not.toBe(stemWord('attente'));
    expect(themesOf('Attention aux écrans')).toEqual(['saisie-ergonomie']);
  });
  it('gives the indicative and participle of « attendre » the stem of « attente », not « attentes » (expectations)', () => {
    for (const word of ['attend', 'attends', 'attendre', 'attendu', 'attendent', 'attendons', 'attendait']) expect(stemWord(word)).toBe(stemWord('attente'));
    expect(stemWord('attentes')).not.toBe(stemWord('attente'));
    expect(stemWord('attendant')).not.toBe(stemWord('attente'));
    expect(stemWord('attendus')).not.toBe(stemWord('attente'));
    expect(themesOf('On attend longtemps.')).toEqual(['agenda-rendez-vous']);
    expect(themesOf('Les attentes des jeunes.')).toEqual(['autres']);
  });
  it('gives « rapidité » the stem of « rapide » and « rapidement »', () => {
    expect(stemWord('rapidite')).toBe(stemWord('rapide'));
    expect(stemWord('rapidites')).toBe(stemWord('rapidement'));
  });
  it('gives maintenant, maintenir, pilote(s), historiquement, montant and application their own stems', () => {
    expect(stemWord('maintenant')).not.toBe(stemWord('maintenance'));
    for (const word of ['maintenir', 'maintenez', 'maintenait']) expect(stemWord(word)).not.toBe(stemWord('maintenance'));
    expect(stemWord('pilotes')).not.toBe(stemWord('piloter'));
    expect(stemWord('historiquement')).not.toBe(stemWord('historique'));
    expect(stemWord('montants')).toBe(stemWord('montant'));
    expect(stemWord('montant')).not.toBe(stemWord('monter'));
    expect(stemWord('application')).not.toBe(stemWord('appliquer'));
  });
});

describe('words whose neighbours decide their sense', () => {
  it('takes « attentes » for waiting beside a word that says it lasts, not for what people expect', () => {
    const waiting = ['Des attentes interminables au téléphone.', 'Les files d’attentes.', 'Le temps d’attentes à l’accueil.', 'Éviter les longues attentes.', 'Des attentes trop longues.', 'Des attentes de plusieurs heures.'];
    for (const text of waiting) expect(themesOf(text), text).toEqual(['agenda-rendez-vous']);
    for (const text of ['Les besoins et attentes des jeunes.', 'Répondre aux attentes des usagers.', 'Les attentes envers l’accueil.', 'Nos attentes sont fortes.']) {
      expect(themesOf(text), text).toEqual(['autres']);
    }
  });
  it('takes « historique » after the noun it qualifies for no record', () => {
    const themes: Theme[] = [{ id: 'dossier-parcours', label: 'Dossier', description: '', keywords: ['historique'] }];
    const of = (text: string) => assignThemes([tagged(text)], themes)[0]?.themes;
    expect(of('Les monuments historiques imposent leurs choix.')).toEqual(['autres']);
    expect(of('Dans le centre historique.')).toEqual(['autres']);
    expect(of('L’historique du jeune.')).toEqual(['dossier-parcours']);
    expect(of('Un historique complet.')).toEqual(['dossier-parcours']);
  });
  it('does not take « s’attendre à » (to expect) for waiting', () => {
    expect(themesOf('On ne sait pas à quoi s’attendre.')).toEqual(['autres']);
    expect(themesOf('On s’y attendait.')).toEqual(['autres']);
    expect(themesOf("Le citoyen s'attend à un service rendu.")).toEqual(['autres']);
    expect(themesOf('Il faut attendre.')).toEqual(['agenda-rendez-vous']);
    expect(themesOf('Il s’agit d’attendre.')).toEqual(['agenda-rendez-vous']);
  });
});

describe('assignThemes', () => {
  it('does not take « attentifs » for « attente »', () => {
    expect(themesOf('Des élus très attentifs')).toEqual(['autres']);
    expect(themesOf('L’attente est longue')).toEqual(['agenda-rendez-vous']);
  });
  it('counts a keyword with companions only beside one of them, before or after it', () => {
    expect(themesOf('Un tableau de bord prêt à l’emploi')).toEqual(['pilotage-statistiques']);
    expect(themesOf('Trouver un emploi')).toEqual(['offres-entreprises']);
    expect(themesOf('Un emploi qu’on m’aide à trouver')).toEqual(['offres-entreprises']);
    expect(themesOf('Offre médicale insuffisante')).toEqual(['autres']);
    expect(themesOf('Les offres de stage')).toEqual(['offres-entreprises']);
    // A several-word companion is needed whole, in its order.
    expect(themesOf('L’emploi de la recherche')).toEqual(['autres']);
    expect(themesOf('L’emploi : la recherche d’emploi est longue')).toEqual(['offres-entreprises']);
  });
  it('looks for a companion in the keyword’s sentence only', () => {
    expect(themesOf('Un tableau de bord prêt à l’emploi. Trouver un stage.')).toEqual(['pilotage-statistiques']);
    expect(themesOf('Un tableau de bord prêt à l’emploi\nLes offres de stage')).toEqual(['offres-entreprises', 'pilotage-statistiques']);
    expect(themesOf('Trouver un stage ; l’emploi du temps')).toEqual(['autres']);
    // A colon, a comma or a dot inside a word or a number ends no sentence.
    expect(themesOf('L’emploi : trouver vite, sur emploi.fr ou 1.5 fois plus vite')).toEqual(['offres-entreprises']);
    expect(themesOf('L’emploi ? On le trouve !')).toEqual(['autres']);
    // Read through a ScannedTexts (the pipeline's way), the same.
    const texts = ['Un tableau de bord prêt à l’emploi. Trouver un stage.', 'Trouver un emploi. Un tableau de bord.'];
    const items = texts.map((text, n) => tagged(text, [], `s${n}`));
    expect(assignThemes(items, THEMES, new ScannedTexts(texts)).map((item) => item.themes)).toEqual([['pilotage-statistiques'], ['offres-entreprises', 'pilotage-statistiques']]);
  });
  it('reads the companions of a keyword, and leaves a keyword without them as written', () => {
    expect(parseKeyword('emploi (avec offre, trouver , recherche d’emploi)')).toEqual({ phrase: 'emploi', companions: ['offre', 'trouver', 'recherche d’emploi'] });
    expect(parseKeyword('tableau de bord')).toEqual({ phrase: 'tableau de bord', companions: [] });
    expect(parseKeyword('CV (curriculum)')).toEqual({ phrase: 'CV (curriculum)', companions: [] });
  });

  it('matches a keyword on its stem: « saisies » finds « saisie »', () => {
    expect(themesOf('Trop de saisies inutiles.')).toEqual(['saisie-ergonomie']);
    expect(themesOf('Il faut saisir quatre fois la même chose')).toEqual(['saisie-ergonomie']);
    expect(themesOf('Les Écrans sont surchargés')).toEqual(['saisie-ergonomie']);
  });
  it('does not take « sais » (savoir) for « saisie », whose stem the stemmer gives it', () => {
    expect(themesOf('Je ne sais pas où j’en suis dans mes heures.')).toEqual(['autres']);
    expect(themesOf('On ne sait jamais pourquoi l’allocation baisse.')).toEqual(['autres']);
    expect(themesOf('La saisie est lente, je le sais.')).toEqual(['saisie-ergonomie']);
  });
  it('matches multi-word keywords as stem sequences, not word by word', () => {
    expect(themesOf('Des tableaux de bord prêts à l’emploi')).toEqual(['pilotage-statistiques']);
    expect(themesOf('Un tableau, rien au bord')).toEqual(['autres']);
    expect(themesOf('Les listes déroulantes sont trop longues')).toEqual(['saisie-ergonomie']);
    expect(themesOf('La prise de rendez-vous en ligne')).toEqual(['agenda-rendez-vous']);
    expect(themesOf('Les rendez vous manqués')).toEqual(['agenda-rendez-vous']);
  });
  it('gives items with the same themes one shared, frozen list (a million items, a few hundred lists)', () => {
    const texts = ['Trop d’écrans pour la double saisie avec France Travail', 'France Travail, et des écrans partout', 'Un écran lent', 'Des écrans', 'Rien', 'Rien non plus'];
    const [a, b, c, d, e, f] = assignThemes(texts.map((text, n) => tagged(text, [], `i${n}`)), THEMES).map((item) => item.themes);
    expect(a).toEqual(['interoperabilite', 'saisie-ergonomie']);
    expect(b).toBe(a);
    expect(d).toBe(c);
    expect(f).toBe(e);
    expect(e).toEqual(['autres']);
    for (const list of [a, c, e]) expect(Object.isFrozen(list)).toBe(true);
  });
  it('is multi-label', () => {
    expect(themesOf('Trop d’écrans pour la double saisie avec France Travail')).toEqual(['interoperabilite', 'saisie-ergonomie']);
  });
  it('takes a keyword inside a longer keyword for that one only: « double saisie » is no « saisie »', () => {
    expect(themesOf('La double saisie avec France Travail')).toEqual(['interoperabilite']);
    expect(themesOf('La double saisie, et la saisie des écrans')).toEqual(['interoperabilite', 'saisie-ergonomie']);
  });
  it('keeps explicit themes, resolving ids and aliases, and keeps unknown ones as written', () => {
    expect(themesOf('Rien à voir', ['SMS'])).toEqual(['communication-jeunes']);
    expect(themesOf('Rien à voir', ['pilotage-statistiques'])).toEqual(['pilotage-statistiques']);
    expect(themesOf('Les écrans', ['appli'])).toEqual(['communication-jeunes', 'saisie-ergonomie']);
    expect(themesOf('Rien à voir', ['inconnu'])).toEqual(['inconnu']);
  });
  it('gives `autres` when nothing matches, and only then', () => {
    expect(themesOf('Le covoiturage des jeunes en zone rurale')).toEqual(['autres']);
    expect(themesOf('Les écrans', ['autres'])).toEqual(['saisie-ergonomie']);
  });
  it('matches whole stems, never a word that merely starts like a keyword', () => {
    expect(themesOf('Les agendas partagés')).toEqual(['agenda-rendez-vous']);
    expect(themesOf('Un écranage')).toEqual(['autres']);
  });
  it('reports the share of themed items', () => {
    const items = assignThemes([tagged('Les écrans', [], 'a'), tagged('Le covoiturage', [], 'b')], THEMES);
    expect(themedShare(items)).toBe(0.5);
    expect(themedShare([])).toBe(0);
  });
  it('keeps every item, its id and its source, and always gives sorted, distinct, non-empty themes', () => {
    const word = fc.constantFrom('saisie', 'écrans', 'tableau', 'de', 'bord', 'SMS', 'jeunes', 'rendez-vous', 'le', '!', 'É', "l'", 'x');
    const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
    const explicit = fc.array(fc.constantFrom('sms', 'appli', 'inconnu', 'autres', 'agenda-rendez-vous'), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, explicit, fc.nat(10_000)), { maxLength: 30 }), (rows) => {
        const input = rows.map(([t, e, line], i) => ({ ...tagged(t, e, `id${i}`), source: { file: `f${i % 3}.md`, line, column: 1 } }));
        const output = assignThemes(input, THEMES);
        expect(output).toHaveLength(input.length);
        output.forEach((out, i) => {
          const source = input[i] as TaggedItem;
          expect(out.id).toBe(source.id);
          expect(out.source).toEqual(source.source);
          expect(out.text).toBe(source.text);
          expect(out.themes.length).toBeGreaterThan(0);
          expect([...new Set(out.themes)].sort()).toEqual(out.themes);
          if (out.themes.includes('autres')) expect(out.themes).toEqual(['autres']);
        });
      }),
    );
  });
});
