/**
 * The product's taxonomy (data/themes.yml) on texts a reviewer found themed wrongly, from the demo
 * and from the Grand Débat's answers on public services, where a Missions Locales word met in
 * another sense (« prêt à l'emploi », « Sécurité sociale », « accueil téléphonique ») gave a theme;
 * and guard texts whose theme must stay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TaggedItem } from '../../src/pipeline/tag/index.ts';
import { loadThemes } from '../../src/pipeline/referentiels/themes.ts';
import { assignThemes } from '../../src/pipeline/themes/index.ts';
import { parseKeyword } from '../../src/pipeline/themes/matcher.ts';
import { matchStems } from '../../src/pipeline/themes/stem.ts';

const { themes, diagnostics } = loadThemes({ file: 'data/themes.yml', content: readFileSync('data/themes.yml', 'utf8') });

function tagged(text: string): TaggedItem {
  return {
    id: 'a',
    sessionId: 's',
    text,
    declaredTag: 'auto',
    explicitThemes: [],
    weight: 1,
    region: '84',
    department: null,
    profile: null,
    format: 'enquete',
    question: null,
    source: { file: 'data/enquetes/x.csv', line: 2, column: 1 },
    tag: 'broken',
    tagSource: 'inferred',
    confidence: 1,
  };
}

const themesOf = (text: string): readonly string[] => assignThemes([tagged(text)], themes)[0]?.themes ?? [];

describe('data/themes.yml', () => {
  it('loads without a diagnostic', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has no keyword of several words that glue removal leaves as one stem (« se former » matched « forme »)', () => {
    const single: string[] = [];
    for (const theme of themes) {
      for (const keyword of theme.keywords) {
        const { phrase, companions } = parseKeyword(keyword);
        for (const words of [phrase, ...companions]) {
          const written = words.trim().split(/[\s'’]+/u).length;
          if (written > 1 && matchStems(words).length === 1 && !/[-']/u.test(words)) single.push(`${theme.id}: ${words}`);
        }
      }
    }
    expect(single).toEqual([]);
  });
});

describe('false matches a reviewer found, now gone', () => {
  it.each([
    ['Un tableau de bord prêt à l’emploi', 'offres-entreprises'],
    ['Les élus sont très attentifs à nos demandes.', 'agenda-rendez-vous'],
    ['Les apprentissages fondamentaux doivent rester la priorité de l’école.', 'offres-entreprises'],
    ['Offre médicale insuffisante dans les campagnes.', 'offres-entreprises'],
    ['Des agents mieux formés et plus disponibles.', 'formation-assistance'],
    ['Accueil téléphonique de la CAF déplorable.', 'communication-jeunes'],
    ['Un guichet Sécurité Sociale dans chaque canton.', 'qualite-donnees-rgpd'],
    ['L’hôpital est loin : en zone rurale, les déplacements coûtent cher.', 'mobilite-nomade'],
    ['L’hôpital est loin et les transports en commun inexistants.', 'aides-financieres'],
    ['Les administrations ne se parlent pas entre elles.', 'formation-assistance'],
    ['Maintenant il faut tout faire en ligne.', 'lenteurs-disponibilite'],
    ['Difficile de connaître le montant de sa retraite.', 'aides-financieres'],
    ['Pôle emploi ne répond jamais au téléphone.', 'interoperabilite'],
    ['Pôle emploi ne répond jamais au téléphone.', 'communication-jeunes'],
    ['Il faut simplifier les démarches et le dossier MDPH.', 'dossier-parcours'],
    ['Mon entreprise a été mal conseillée par le RSI.', 'offres-entreprises'],
    ['Cette réforme va générer des économies.', 'ia-redaction'],
    ['Priorité : la fin de la double saisie avec France Travail.', 'saisie-ergonomie'],
    ['Tout ressaisir dans le logiciel de France Travail.', 'saisie-ergonomie'],
    ['Pouvoir travailler en permanence, même hors connexion.', 'lenteurs-disponibilite'],
    // A companion in another sentence, or one every answer holds (« jeune », « conseillère », « outil »…).
    ['Des SMS de rappel avant les rendez-vous. Un tableau de bord prêt à l’emploi.', 'offres-entreprises'],
    ['Un tableau de bord prêt à l’emploi pour la conseillère.', 'offres-entreprises'],
    ['Je passe plus de temps devant l’écran qu’avec les jeunes, ce n’est pas pour ça que j’ai choisi ce métier.', 'offres-entreprises'],
    ['Ils m’ont aidé à m’inscrire à France Travail, avec ma conseillère.', 'interoperabilite'],
    ['Attention au coût des SMS pour les petites structures.', 'agenda-rendez-vous'],
    ['Attention au RGPD avec les accès partenaires, les jeunes doivent savoir qui voit quoi.', 'agenda-rendez-vous'],
    ['Un conseiller départemental a pris la parole.', 'interoperabilite'],
    // Keywords that misfired: « CV » is job search, the verb « supporter », « rédigé » by a person, a
    // partner named with no exchange, « repérage » of anything.
    ['L’aide pour faire mon CV.', 'documents-pieces-jointes'],
    ['Un outil qui supporte les connexions faibles.', 'formation-assistance'],
    ['Le guide de saisie CEJ rédigé par la région est plus utilisé que la documentation nationale.', 'ia-redaction'],
    ['Le paramétrage local (ateliers, partenaires, lieux) n’est modifiable que par le national.', 'interoperabilite'],
    ['Le repérage des homonymes évite de créer des doublons.', 'dispositifs'],
    // Added keywords, on the real answers' senses.
    ['La limitation de vitesse à 80 km/h sur les routes.', 'lenteurs-disponibilite'],
    ['Trop de difficultés à joindre les services au téléphone.', 'communication-jeunes'],
    ['La feuille de paie est illisible.', 'saisie-ergonomie'],
    // « attentes » (expectations) is no waiting, « attendre » is one only in the indicative: not
    // « en attendant » (meanwhile) nor what one would expect.
    ['Les attentes des jeunes sur i-milo sont fortes.', 'agenda-rendez-vous'],
    ['Les attentes des conseillers envers l’accueil du nouvel outil.', 'agenda-rendez-vous'],
    ['En attendant le nouvel i-milo, on fait avec l’accueil actuel.', 'agenda-rendez-vous'],
    // « s'attendre à » is to expect; « attentes » is waiting only beside a word that says it lasts.
    ['À l’accueil, on ne sait pas à quoi s’attendre.', 'agenda-rendez-vous'],
    ['Le citoyen s’attend à un service rendu, donc à un accueil bienveillant.', 'agenda-rendez-vous'],
    ['L’accueil doit être capable de répondre aux attentes de chacun.', 'agenda-rendez-vous'],
    // Services that are not connected are no slow connection; another network named as a model, or a
    // job situation in a form, is no exchange with it nor a job offer.
    ['Il manque des connexions entre les services.', 'lenteurs-disponibilite'],
    ['Pourquoi ne pas s’inspirer des outils d’autres réseaux (Cap emploi, PLIE) ?', 'interoperabilite'],
    // Words the stemmer cut to a keyword's stem, or an adjective after its noun.
    ['Maintenir un minimum de services publics dans ces territoires.', 'lenteurs-disponibilite'],
    ['Une période de test dans quelques structures pilotes serait rassurante.', 'pilotage-statistiques'],
    ['Des choix de matériaux imposés par les Monuments historiques.', 'dossier-parcours'],
    // Figurative senses: out of touch, automated public services.
    ['Des services déconnectés de la réalité du terrain.', 'lenteurs-disponibilite'],
    ['Le traitement automatisé des feuilles de soins marche très bien.', 'ia-redaction'],
    // The moment one logs in, or a link with a partner, is no slow or lost connection.
    ['Un tableau de bord du conseiller dès la connexion.', 'lenteurs-disponibilite'],
    ['Une connexion unique avec France Travail pour ne saisir qu’une fois.', 'lenteurs-disponibilite'],
    // « une seule saisie » is the single entry shared with partners, not the entry screens.
    ['Une seule saisie pour France Travail et la Mission Locale.', 'saisie-ergonomie'],
    // A partner named beside a tool, its own or any, is no exchange with it.
    ['Le site Pôle emploi est un bon outil.', 'interoperabilite'],
    ['L’outil La Bonne Formation de France Travail est très utile.', 'interoperabilite'],
    ['La saisie des situations (emploi, formation, sans solution) est claire.', 'offres-entreprises'],
  ])('« %s » is not themed %s', (text, theme) => {
    expect(themesOf(text)).not.toContain(theme);
  });
});

describe('right matches that stay', () => {
  it.each([
    ['Des tableaux de bord prêts à l’emploi, sans requête à construire.', 'pilotage-statistiques'],
    ['Trouver un emploi en alternance près de chez moi.', 'offres-entreprises'],
    ['Les offres qu’on m’envoie ne correspondent pas à ce que je cherche.', 'offres-entreprises'],
    ['L’attente à l’accueil.', 'agenda-rendez-vous'],
    ['Les conseillers ne sont pas formés à l’outil.', 'formation-assistance'],
    ['Les jeunes ne répondent pas au téléphone.', 'communication-jeunes'],
    ['La sécurité des données des jeunes doit être garantie.', 'qualite-donnees-rgpd'],
    ['Pas de réseau en zone rurale pendant les permanences.', 'mobilite-nomade'],
    ['Le versement de l’allocation CEJ est en retard.', 'aides-financieres'],
    ['La carte de transport financée.', 'aides-financieres'],
    ['Que France Travail et la Mission Locale se parlent.', 'interoperabilite'],
    ['Les lenteurs du lundi matin.', 'lenteurs-disponibilite'],
    ['L’administrateur de la structure gère les habilitations.', 'formation-assistance'],
    ['La recherche d’un jeune est rapide.', 'lenteurs-disponibilite'],
    ['Des rappels par SMS.', 'agenda-rendez-vous'],
    ['Les déconnexions à répétition.', 'lenteurs-disponibilite'],
    ['Encore une session expirée en plein entretien.', 'lenteurs-disponibilite'],
    ['Les données sont sauvegardées au niveau national.', 'qualite-donnees-rgpd'],
    ['Avoir toujours le même conseiller.', 'dossier-parcours'],
    ['Avoir toujours la même conseillère.', 'dossier-parcours'],
    ['L’aide pour faire mon CV.', 'offres-entreprises'],
    ['Les simulations d’entretien d’embauche.', 'offres-entreprises'],
    ['Le repérage des homonymes évite de créer des doublons.', 'qualite-donnees-rgpd'],
    ['Un repérage des jeunes de l’obligation de formation partagé avec le CIO.', 'dispositifs'],
    ['Un accès partenaire en lecture, avec l’accord du jeune.', 'interoperabilite'],
    ['Une IA qui aide à rédiger, sans jamais décider à la place du conseiller.', 'ia-redaction'],
    ['De la rapidité, surtout le lundi matin.', 'lenteurs-disponibilite'],
    ['Pour ma part l’outil actuel me convient, c’est surtout la vitesse qui pose problème.', 'lenteurs-disponibilite'],
    ['Quand je viens, l’ordinateur de la conseillère bugue et elle doit tout recommencer.', 'lenteurs-disponibilite'],
    ['Je n’ai pas eu de réponse à mon message.', 'communication-jeunes'],
    ['Les jeunes changent de numéro et on perd le contact.', 'communication-jeunes'],
    ['Je n’ai pas de forfait pour rappeler.', 'communication-jeunes'],
    ['Les rendez-vous en visio quand je ne peux pas me déplacer.', 'communication-jeunes'],
    ['Mon conseiller a changé trois fois.', 'dossier-parcours'],
    ['Ma conseillère sait déjà tout ce que j’ai fait, je n’ai pas besoin de répéter.', 'dossier-parcours'],
    ['Des alertes sur les jeunes sans contact depuis un mois.', 'dossier-parcours'],
    ['Des parcours de formation en ligne pour les nouveaux arrivants.', 'formation-assistance'],
    ['Les erreurs de saisie ne sont pas signalées.', 'qualite-donnees-rgpd'],
    ['Avec plusieurs milliers de jeunes suivis, les listes deviennent illisibles.', 'saisie-ergonomie'],
    ['Les SMS pour les offres.', 'offres-entreprises'],
    ['Je peux écrire à ma conseillère par mail.', 'communication-jeunes'],
    ['Vivement un outil plus rapide', 'lenteurs-disponibilite'],
    ['Le dossier suit le jeune quand il change de Mission Locale.', 'dossier-parcours'],
    ['Que France Travail et la Mission Locale se parlent.', 'interoperabilite'],
    ['Quand j’ai changé de ville, mon dossier m’a suivi.', 'dossier-parcours'],
    ['Les offres en apprentissage arrivent par les entreprises partenaires.', 'offres-entreprises'],
    ['Priorité : la fin de la double saisie avec France Travail.', 'interoperabilite'],
    ['Tout ressaisir dans le logiciel de France Travail.', 'interoperabilite'],
    ['La double saisie, et des écrans de saisie interminables.', 'saisie-ergonomie'],
    ['Un outil qui échange les données avec France Travail.', 'interoperabilite'],
    ['La maintenance du dimanche bloque tout.', 'lenteurs-disponibilite'],
    ['L’outil se déconnecte à chaque coupure.', 'lenteurs-disponibilite'],
    ['Pensez aux territoires ruraux où la connexion est mauvaise.', 'lenteurs-disponibilite'],
    ['Un outil qui reste utilisable avec une connexion faible.', 'lenteurs-disponibilite'],
    ['Les pertes de connexion en plein entretien.', 'lenteurs-disponibilite'],
    ['On est déconnecté au bout de vingt minutes, en plein entretien.', 'lenteurs-disponibilite'],
    ['Automatiser les courriers de relance.', 'ia-redaction'],
    ['Une seule saisie pour France Travail et la Mission Locale.', 'interoperabilite'],
    ['Le pilotage de l’activité par les indicateurs.', 'pilotage-statistiques'],
    ['L’historique des événements, complet.', 'dossier-parcours'],
    ['On attend longtemps à l’accueil.', 'agenda-rendez-vous'],
    ['J’ai attendu une heure à l’accueil pour mon rendez-vous.', 'agenda-rendez-vous'],
    ['Les jeunes attendent leur rendez-vous debout.', 'agenda-rendez-vous'],
    ['Accueil téléphonique très difficile à joindre, attentes interminables.', 'agenda-rendez-vous'],
    ['L’accueil, pour supprimer les attentes insupportables.', 'agenda-rendez-vous'],
    ['Des attentes trop longues à l’accueil.', 'agenda-rendez-vous'],
    ['Il manque des connexions entre les services.', 'interoperabilite'],
    ['La connexion entre i-milo et le logiciel de France Travail.', 'interoperabilite'],
    ['La connexion est lente le matin.', 'lenteurs-disponibilite'],
    ['Une connexion sécurisée pour les jeunes.', 'lenteurs-disponibilite'],
    ['Les informations de Cap emploi pour les jeunes en situation de handicap ne nous parviennent pas.', 'interoperabilite'],
    ['La rapidité de la saisie.', 'lenteurs-disponibilite'],
  ])('« %s » is themed %s', (text, theme) => {
    expect(themesOf(text)).toContain(theme);
  });
});

/**
 * fixtures/theme-sample.json: 90 texts drawn at random — 30 themed items of the demo, 30 answers of
 * the Grand Débat themed by the matcher before or after the taxonomy's companions, 30 answers themed
 * after — each theme they were given judged right or wrong by a reader. Measured when written:
 * precision 0,91, recall 0,93 (the old keywords: 0,96 on the demo, 0,15 and 0,41 on the answers).
 */
type LabelledRow = { origin: string; text: string; right: string[]; wrong: string[] };

/** Precision and recall of the taxonomy's themes on hand-labelled rows (`autres` is no theme). */
function scores(rows: readonly LabelledRow[]): { precision: number; recall: number } {
  let assigned = 0;
  let right = 0;
  let expected = 0;
  for (const row of rows) {
    const found = themesOf(row.text).filter((theme) => theme !== 'autres');
    assigned += found.length;
    right += found.filter((theme) => row.right.includes(theme)).length;
    expected += row.right.length;
  }
  return { precision: right / assigned, recall: right / expected };
}

describe('the labelled sample', () => {
  const sample = JSON.parse(readFileSync('tests/themes/fixtures/theme-sample.json', 'utf8')) as LabelledRow[];
  it('keeps precision and recall', () => {
    expect(sample).toHaveLength(90);
    const { precision, recall } = scores(sample);
    expect(precision).toBeGreaterThanOrEqual(0.88);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * fixtures/theme-sample-2.json: 120 texts drawn at random (seeded) a session later — 60 items of the
 * demo, 30 themed answers of the Grand Débat and 30 answers of any theme — with their themes judged.
 * Measured when written, with the matcher alone: precision 0,88 and recall 0,97 before the fixes
 * that came with it (« maintenir », « pilotes », « monuments historiques », « déconnecté de la
 * réalité », « automatisé », « une seule saisie », « dès la connexion »), 0,95 and 0,97 after.
 */
describe('the second labelled sample', () => {
  const sample = JSON.parse(readFileSync('tests/themes/fixtures/theme-sample-2.json', 'utf8')) as LabelledRow[];
  it('keeps precision and recall', () => {
    expect(sample).toHaveLength(120);
    const { precision, recall } = scores(sample);
    expect(precision).toBeGreaterThanOrEqual(0.92);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
