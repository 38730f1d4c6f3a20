/**
 * Capitalised words that are not people's names, for the detectors of undeclared names
 * (civility.ts, given-names.ts): a consultation's text is full of institutions (« Mission Locale »,
 * « France Travail », « CAF »), functions (« M. le Maire ») and sentence starts. Compared folded
 * (lower case, no accents), so « LE MAIRE » and « le maire » are the same.
 */
import { foldWord } from './fold-name.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

/** Functions and titles: after a civility they are what the person does, not their name. */
export const FUNCTIONS = words(`
  maire adjoint adjointe ministre president presidente prefet prefete sous-prefet sous-prefete depute deputee senateur
  senatrice directeur directrice juge procureur procureure recteur rectrice conseiller conseillere professeur professeure
  docteur docteure proviseur proviseure principal principale commissaire delegue deleguee secretaire chef cheffe
  responsable assistant assistante inspecteur inspectrice cure abbe pasteur rabbin imam eveque maitre maitresse agent
  agente elu elue avocat avocate notaire huissier medecin infirmier infirmiere gendarme capitaine commandant colonel
  general generale lieutenant sergent adjudant brigadier gardien gardienne premier premiere vice-president
  vice-presidente administrateur administratrice gerant gerante coordinateur coordinatrice coordonnateur coordonnatrice
  educateur educatrice animateur animatrice referent referente charge chargee tresorier tresoriere ambassadeur
  ambassadrice consul roi reine prince princesse duc duchesse comte comtesse baron baronne marquis marquise
`);

/** Words a function may carry after it (« M. le Premier Ministre », « Mme la Directrice Générale »). */
export const FUNCTION_MODIFIERS = words(`
  general generale adjoint adjointe delegue deleguee regional regionale departemental departementale national nationale
  municipal municipale principal principale honoraire
`);

/** Articles before a function (« M. le Maire »); « Le » before a name is a particle (« M. Le Goff »). */
export const ARTICLES = words(`le la les l'`);

/** Lower-case particles inside a name (« Valéry Giscard d’Estaing », « M. de Villepin », « Van der Berg »). */
export const PARTICLES = words(`de du des d' le la van von der den ben bin el al da di dos del della`);

/**
 * Capitalised words that start sentences or name institutions, places, things: never a surname
 * after a civility or a first name. Kept short and frequent: a rare miss costs one masked word.
 */
export const NOT_NAMES = words(`
  il elle ils elles je tu nous vous on ce cela ca ceci cet cette ces et ou mais donc or ni car si quand comme que qui quoi
  dont ou pour par avec sans sous sur dans chez entre vers depuis pendant avant apres selon malgre contre
  le la les l' un une des du de d' au aux en y a
  mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs tout tous toute toutes aucun aucune chaque
  merci bonjour bonsoir oui non ok svp cordialement bien tres trop plus moins peu beaucoup aussi alors ensuite puis enfin
  deja encore jamais toujours souvent parfois ici la-bas voila
  madame monsieur mademoiselle messieurs mesdames mme mlle
  mairie prefecture sous-prefecture etat gouvernement republique nation france francais francaise europe europeen
  europeenne union assemblee senat conseil departement departemental departementale region regional regionale commune
  communal communale communaute agglomeration metropole ville village mission locale pole emploi travail securite
  sociale assurance maladie retraite allocations familiales caisse poste banque service services public publique
  publics publiques centre hopital clinique ecole college lycee universite faculte academie education nationale
  ministere ministre maire president prefet tribunal justice police gendarmerie armee pompiers impots tresor finances
  agence direction administration office bureau maison point accueil association federation fondation croix rouge
  secours populaire restos coeur emmaus habitat logement social solidarite solidarites sante famille familles
  jeunesse sport sports culture internet numerique
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre
  novembre decembre
  euro euros million millions milliard milliards
  tout-le-monde quelqu'un personne
  ouvrage oeuvre ecoles colleges lycees universites conferences
  saint sainte st ste rue avenue boulevard place chemin allee quai impasse route
`);

/**
 * Acronyms of French public life, often next to a name in capitals (« Mme Bouyer CCAS »): never a
 * surname. Other all-capital words are treated as a surname only after a known first name or a civility.
 */
export const ACRONYMS = words(`
  caf cpam cnam cnaf cnav carsat msa mdph urssaf ccas cias pmi rsa apl aah ass ars chu chr ehpad ssiad ime esat sncf ratp
  edf gdf enedis grdf hlm opac oph anpe assedic smic cmu css ame puma cesu cej pass pacs tva csg crds isf ifi ir
  samu smur sdis cdi cdd rqth pole ft ml mj mjc cias crous caf-mdph ft-ml epci insee dgfip dreets ddets drees dares
  anah cafpi cv rdv tgv ter rer bus ue usa onu rn ps lr lfi eelv pcf ump lrem fn modem udi cgt cfdt fo cfe cgc unsa fsu
  sud tv pc pdf sms gps ado ados jo ok ko nb ps svp rgpd cnil qpv zrr zep rep bac bts dut but cap bep cfa iut ena
  sos stop non oui
`);

/** Roman numerals (« Louis XIV », « Jean XXIII »): a rank, not a surname. */
export const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** True when a capitalised or all-capital word can be (part of) a surname. */
export function maySurname(word: string): boolean {
  const folded = foldWord(word);
  return !NOT_NAMES.has(folded) && !FUNCTIONS.has(folded) && !ACRONYMS.has(folded);
}
