/**
 * First names commonly given in France, to recognise « Prénom NOM » and « Prénom N. » (see
 * given-names.ts). No npm package ships the INSEE « fichier des prénoms » (open data, Licence
 * Ouverte 2.0; none found under the likely names), and only the npm registry is reachable from the
 * build machines: this is a hand-kept list of about 1,000 first names frequent in France, of every
 * generation and origin, written from the INSEE rankings' best-known names, not generated from the
 * file. Without accents and in lower case, as they are compared (folded). A hyphenated first name
 * (« Jean-Pierre ») counts when each part is here. Replacing it by the file's ~5,000 most given
 * names is a data change only.
 *
 * Left out on purpose: words that are mostly something else when capitalised in a consultation
 * (« France », « Martin » of Saint-Martin, « Constant »…). A first name alone is never masked: the
 * list only says that a capitalised word followed by a surname in capitals or an initial is a person.
 */
import { foldWord } from './fold-name.ts';

const NAMES = `
aaron abdel abdelkader abdellah abdou abdoulaye abel abraham achille adam adel adele adeline adem adil adrien adrienne
agathe agnes ahmed aicha aida aime aimee alain alan albert alberte albin alex alexandra alexandre alexia alexis alfred
ali alice alicia aline alix amadou amandine amaury ambre amel amelie amine amir amira anais anastasia andre andrea
andree angela angele angelique angelina anissa anna anne annette annick annie anouk anthony antoine antoinette antonin
antonio apolline ariane arielle arlette armand armelle arnaud arthur astrid audrey augustin aurelie aurelien aurore
axel axelle ayoub aziz baptiste barbara bastien beatrice benedicte benjamin benoit bernadette bernard berthe bertrand
blanche bilal boris brahim brice brigitte bruno camille capucine carine carla carmen carole caroline catherine cecile
cedric celia celine chantal charlene charles charlotte chloe christelle christian christiane christine christophe
claire clara clarisse claude claudette claudine claudia clement clementine clemence colette coline corentin corinne
cyril cyrille damien daniel daniele danielle david deborah delphine denis denise didier dimitri dominique dorian
dorothee edith edmond edouard eliane elie elisa elisabeth elise eliott ella elodie eloise elsa emeline emile emilie
emilien emma emmanuel emmanuelle enzo eric erwan estelle esteban ethan etienne eugene eugenie eva evelyne fabien
fabienne fabrice fanny farid fatima fatou fatoumata felix fernand fernande flavie florence florent florian france-lise
francine francis francois francoise frederic frederique gabriel gabrielle gael gaelle gaetan gaston gauthier genevieve
georges georgette gerald geraldine gerard germaine gilbert gilberte gilles ginette gisele gregoire gregory guillaume
guy gwenael gwenaelle gwendal gwendoline hakim halima hamid hamza hassan helene henri henriette herve hocine hugo hugues
ibrahim ines irene isabelle jacqueline jacques jade jean jeanne jeannine jennifer jeremie jeremy jerome jessica joel
joelle johan johanna jonathan jordan joseph josephine josette josiane jules julia julie julien juliette justine karim
karima karine kevin khadija laetitia lamia laura laure laurence laurent lea leila lena leo leon leonie liliane lina
lisa loic louis louise luc luca lucas lucie lucien lucienne ludovic lydie madeleine magali malik manon marc marcel
marcelle margaux margot marguerite maria marianne marie marine marion marius marthe martine mathieu mathilde mathis
matthieu maurice maxime melanie melissa michel michele micheline mickael mireille mohamed mohammed monique morgane
mourad muriel myriam nabil nadia nadine nadege najat naima nathalie nathan nicolas nicole noel noemie nora norbert
oceane odette odile olivier olivia oscar pascal pascale patricia patrice patrick paul paula paule paulette pauline
philippe pierre pierrette quentin rachel rachid raphael raymond raymonde regine regis remi renaud rene renee richard
robert roger roland romain romane rose-marie roselyne sabine sabrina sacha samia samir samuel sandra sandrine sara
sarah sebastien serge severine simon simone solange sonia sophie stephane stephanie suzanne sylvain sylvie tatiana
theo therese thibault thierry thomas timothee tristan valentin valentine valerie vanessa veronique victor victoria
vincent virginie viviane xavier yann yannick yasmine yassine yves yvette yvonne zoe
abdallah abdelaziz abdelhak abdelkrim abderrahmane abdoul adama adelaide adolphe adrian agnieszka ahmad aissatou
alban albane alberto alessandro alexandrine alfredo alicia alison alyssa amandine amelia ana anaelle anatole andrei
angelo anissa annabelle annaelle anne-marie anne-sophie annelise anthony anton antonia apollinaire aristide arnold
arsene ashley assia assa astrid aubin audrey augusta aurelia awa aya aymeric aziza bakary bamba barthelemy basile
baya benedict benoite berenice bernadette bettina bianca blaise boubacar bouchra brandon brendan brenda brieuc brigitte
bryan calixte camelia candice carl carlos carmela casimir cassandra cassandre catalina celestin celestine cesar chahrazed
charly chems cherif christ christel christopher cindy clarence claudio clementine clothilde clotilde colin
come conrad constance coralie cosette cyprien cyrielle dalila damia damiens dan dania danny daouda dario davy dayana
delia demba denise desire desiree diane diego dina djamel djamila djibril dolores domenico donatien dora doriane
dounia driss dylan edgar edmee edwige eleonore elena eliane elias elina elisa elliot eloi elora elvire emilio emmy
enora eric ernest ernestine esther eudes eulalie eva evan eve evelyne fabio fadila fanta fatiha fatma faustine fernando
ferdinand fiona flora florentin florine francesca francesco franck franz gaby garance gaspard gautier gemma gerald
gerardo geoffrey ghislain ghislaine gianni gilda gina giovanni gislaine gloria gonzague gracia grace gustave habib
hadrien hafida hajar hanane hannah hatice hector hedi helena heloise hendrik hermine hilaire hippolyte honore hortense
houda hubert ibrahima idriss ignace ilan ilyes imane inaya ingrid irina iris isaac isaure isidore ismael issa ivan
jacky jamal jamel janine jason jean-baptiste jenny jessy jimmy joachim joan joanna joao joaquim joel johanne john
jocelyn jocelyne jonas jordane jose josef josephine josue joy judith julian juliana julio justin kader kamel kamal
karl kassim katia kelly kenza kenzo khalid kilian killian kimberley kylian lahcen lamine lancelot lara larissa laurie
laurine lazare leandre leane leandro leonard leonce leopold lilian liliane lilou lina linda lionel lise lison lola
loris lorraine lou louane louisa lubin lucette lucile lucille ludivine luis luna lydia lyes lylou mael maelle maelys
mahamadou mahdi maissa malika malo mamadou manuel manuela marc-antoine marceau marco marcelin margot maria mariam
marianne marie-christine marie-claire marie-france marie-jose marie-laure marie-noelle marie-paule marie-therese
marietou mario marius marjorie marlene marouane martial marwa marwan massinissa mathias mathurin matteo maud maurane
max maxence maximilien mehdi melina melodie meryem michael michaela mila milan milo mina mohand moussa mustapha myriam
nabila nacer nadir nael nahia naomi narcisse nassim natacha nelly nelson nesrine ninon nina nizar noah noa noam
noemi nordine nour nourredine octave octavie odilon ophelie orlane oumar ousmane pablo paolo pasquale patrice patricia
pedro perrine philomene pia prosper quitterie rafael rayan rebecca reda rodolphe rodrigue romeo romuald ronan rosalie
rosario rosine roxane ruben ryan sabah sacha safia saida salif salim salma salome samba samira samy sandro sarah
sebastian selim selma serena severin sidonie siham silvia simeon slimane sofia sofiane solene souad soufiane soumaya
stanislas steeve steve stephan sullivan suzy sven sylvianne tanguy tania tarek tessa thais theodore theophile
thibaud tiphaine titouan tom tony ulysse urbain valentina valery vasco victorine vinciane violaine violette virgile
walid wassim wendy wilfried william willy yacine yanis yasmina yoann yohan youcef youssef youssouf yvan yvelise
zacharie zahra zakaria zeinab zineb zinedine zohra zoubida
agathe albertine alexane alexiane aloys amaelle amandine ambroise ange angeline anselme aude auguste aurele
axelle bertille blandine brune calista capucine celeste chiara clarisse clemente corinne daphne domitille edwin
eglantine elouan emy enola ewen ewenn fantine faustin ferreol gabin gaelig gildas goulven gwendal gwenn hermann hugoline
ilona iseult jeannette jehanne josselin kevin klervi leonore lucas loane loevan loeiz lorenzo
louison lubin lucian lucienne maelan maiwenn malone manoah marylou maylis melvin mylene
nolwenn nolan oriane paloma pol raphaelle rozenn sixtine soazig solenn tifenn tugdual tudal yael yanne
yuna yvon yves-marie zelie
alphonse amedee anselme apolline armande aristide augustine berthe celestin clovis desire eleonore eugenie eusebe
evariste fernande firmin florentine gaspard gervais hyacinthe isidore leontine lucien marcelline narcisse octavie
onesime philomene prudence rosalie seraphin seraphine sidonie theophile ursule valentine victorin zephirin
anas anis idris ilias ilyas elyas younes yunus enes nils mathys matthis alois kais tobias chantale walter bachir
mounir nasser yasser miguel oliver jasper
`;

/** First names without accents, lower case (« gwenaelle »). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean).map(foldWord));

/** A capitalised word (or hyphenated one, « Jean-Pierre ») every part of which is a known first name. */
export function isFirstName(word: string): boolean {
  let known = seen.get(word);
  if (known === undefined) {
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(word, (known = lookUp(word)));
  }
  return known;
}

/**
 * Words already looked up: the detectors ask about every capitalised word before a capital
 * (« Les Français », « La Poste »…), the same few thousand again and again, and folding costs.
 */
const seen = new Map<string, boolean>();
const MAX_SEEN = 20_000;

function lookUp(word: string): boolean {
  const folded = foldWord(word);
  if (FIRST_NAMES.has(folded)) return true;
  const parts = folded.split('-');
  return parts.length > 1 && parts.every((part) => FIRST_NAMES.has(part));
}
