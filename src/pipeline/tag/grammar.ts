/**
 * The grammar words the tagger relies on: negators and their reach, function words, what may come
 * before a proposal at the start of a statement, words that look like infinitives but are not, and
 * the short answers that say nothing. Folded forms (no accents).
 */

/**
 * Negators and how many content words after them they reach. `ne` opens a negation closed by
 * one of these; `plus` and `personne` only negate after `ne`.
 */
export const NEGATORS: ReadonlyMap<string, number> = new Map([
  ['pas', 3], ['jamais', 3], ['rien', 2], ['guere', 2], ['aucun', 3], ['aucune', 3], ['aucuns', 3], ['aucunes', 3],
  ['sans', 2], ['ni', 2], ['nullement', 2], ['non', 1], ['plus', 3], ['point', 2], ['personne', 2],
]);

/** Negators that need a preceding `ne`. */
export const NEGATORS_AFTER_NE: ReadonlySet<string> = new Set(['plus', 'point', 'personne']);

/** Function words: they do not count toward a negation's reach. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('le la les un une des de du a au aux en et ou que qui se sa son ses ce cet cette ces ca cela y il ils elle elles on ' +
    'je me te nous vous leur leurs lui mon ma mes ton ta tes notre nos votre vos est sont ete etait etaient etre ai as ' +
    'avons avez ont avait avaient eu par pour dans sur avec chez tres vraiment toujours encore deja meme aussi tout ' +
    'tous toute toutes assez si fait faire')
    .split(' '),
);

/** Words skipped before the start of a statement ("Et surtout supprimer…", "Oui, en simplifiant…"). */
export const START_SKIP: ReadonlySet<string> = new Set(
  ('et ou puis oui alors donc aussi enfin surtout deja egalement bref ensuite ainsi bon voila ' +
    'absolument evidemment clairement certainement 1 2 3 4 5 a b c').split(' '),
);
export const START_SKIP_PHRASES = [
  'peut être', 'peut-être', 'tout d\'abord', 'd\'abord', 'en priorité', 'avant tout', 'à mon avis', 'selon moi',
  'pour moi', 'je pense qu\'il', 'je pense que', 'je crois que', 'à mon sens', 'personnellement', 'en premier lieu',
  'premièrement', 'deuxièmement', 'par exemple', 'il me semble que', 'je trouve que', 'de mon point de vue',
  'à noter que', 'à noter', 'a noter que', 'a noter', 'pour info', 'pour information', 'exemple',
];

/** Words in -er and -ir that are not infinitives (a statement starting with them is not a proposal). */
export const NOT_INFINITIVES: ReadonlySet<string> = new Set(
  ('dossier premier dernier papier courrier fichier metier quartier chantier foyer loyer hiver cahier conseiller ' +
    'policier pompier boulanger etranger danger particulier entier regulier routier foncier financier ouvrier ' +
    'infirmier calendrier clavier panier palier sentier escalier atelier grenier greffier huissier officier ' +
    'hospitalier familier levier plancher boucher verger berger super cancer master laser poster manager leader ' +
    'hier fer mer enfer cher amer fier tiers dernier premier janvier fevrier cavalier chevalier denier ' +
    'usager usagers frontalier frontaliers bouclier encadrer pilier meurtrier prisonnier romancier dossiers papiers metiers quartiers ' +
    'courriers fichiers bancaire singulier ecolier lycier gibier sorcier acier cuisinier menuisier plombier ' +
    'charpentier jardinier epicier pretexte volontier volontiers ailleurs citer ' +
    // Nouns in -ir (« pour le loisir », « l'avenir »).
    'avenir plaisir loisir desir soupir elixir saphir menhir electromenager').split(' '),
);

/** Non-answers and bare refusals recognised on the whole statement once fillers are removed. */
export const NONE_FOUND_MARKERS: ReadonlySet<string> = new Set(
  'aucun aucune aucuns aucunes rien non neant nul nulle pas guere peu personne jamais'.split(' '),
);
/** Words allowed around a bare refusal ("Aucun à ma connaissance", "Je n'en vois pas"). */
export const NONE_FOUND_FILLERS: ReadonlySet<string> = new Set(
  ('je ne en vois voit connais trouve trouver cherche chercher beau ai a y il ma mon connaissance avis selon moi pour ' +
    'le la les l de d du un une seul seule absolument vraiment franchement malheureusement helas desole desolee ' +
    'grand chose beaucoup tres reellement sincerement honnetement strictement encore plus tout service services ' +
    'public publics evolution amelioration changement positif positive positivement ce que qui qu se sont est ont ' +
    'avec certitude instant moment jour part dans cas rien personnellement clairement non ' +
    'quasiment presque pratiquement').split(' '),
);

/** Whole answers (folded) that say nothing, whatever the question. */
export const NON_ANSWER_WHOLE: ReadonlySet<string> = new Set([
  '', 'ras', 'r a s', 'nc', 'n c', 'na', 'n a', 'nsp', 'x', 'xx', 'xxx', 'o', '0', 'oui', 'oui oui', 'si', 'idem',
  'neant', 'sans', 'vide', 'test', 'aucune idee', 'pas d avis', 'sans objet', 'non concerne', 'non concernee',
  'je ne sais pas', 'ne sais pas', 'je sais pas', 'sais pas', 'pas concerne', 'pas concernee', 'retraite', 'retraitee',
  'je suis retraite', 'je suis retraitee', 'non applicable', 'rien a signaler', 'rien a ajouter', 'merci',
  'pas de reponse', 'aucune reponse', 'pas d opinion', 'sans avis', 'sans opinion', 'nope', 'ok merci', 'non merci',
  'en retraite', 'a la retraite', 'je suis a la retraite', 'ne se applique pas', 'ca ne se applique pas',
  'pas de recherche de emploi', 'pas de recrutement', 'pas de formation', 'pas de recherche', 'pas de recherche de formation',
  'non non', 'nan', 'jsp', 'nr', 'so', 'n r', 's o', 'inconnu', 'pareil', 'meme chose', 'meme remarque', 'deja dit',
  // Typed as heard: « non concerner » for « non concerné », the form's « ne se prononce pas ».
  'non concerner', 'pas concerner', 'ne se prononce pas', 'je ne me prononce pas', 'ne me prononce pas',
  'cf supra', 'voir supra', 'pas de remarque', 'aucune remarque', 'no comment', 'pas de commentaire', 'sans commentaire',
]);
