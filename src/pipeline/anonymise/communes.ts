/**
 * Communes a sentence names the way it names a person, a capital and a comma before an age
 * (« Versailles, 19 ans, sans emploi ») or after « jeune » (« les jeunes Roubaix »): kept, a town is
 * nobody. The anonymiser runs in the entry form's browser script too, so the 35,000 communes of
 * `codes-postaux` (megabytes) cannot come along: this is a hand-kept list of the prefectures and
 * the larger towns, written in one word or with capitalised parts joined by hyphens, the only
 * shapes the detectors read as a first name (« Boulogne-sur-Mer », « La Rochelle » never are).
 * Any « Saint-… » or « Sainte-… » is a place too (« Saint-Denis, 19 ans »).
 *
 * Left out on purpose: communes that are also first names (« Nancy », « Florence »): a person first.
 */
import { foldWord } from './fold-name.ts';

const COMMUNES: ReadonlySet<string> = new Set(
  `
  paris marseille lyon toulouse nice nantes montpellier strasbourg bordeaux lille rennes reims toulon grenoble dijon
  angers nimes villeurbanne clermont-ferrand aix limoges tours amiens metz besancon perpignan orleans rouen mulhouse caen
  boulogne-billancourt argenteuil montreuil roubaix tourcoing dunkerque nanterre avignon creteil poitiers versailles
  courbevoie vitry colombes pau aubervilliers asnieres rueil-malmaison antibes cannes calais drancy merignac ajaccio bastia
  bourges quimper troyes cergy pontoise pessac venissieux clichy ivry antony sarcelles lorient pantin bondy frejus hyeres
  cholet beauvais narbonne beziers sete valenciennes maubeuge lens douai cambrai bayonne biarritz anglet meaux chelles
  massy evry corbeil-essonnes haguenau thionville forbach sarreguemines montlucon vichy roanne vienne montelimar arles
  martigues aubagne istres vitrolles grasse menton draguignan lunel ales castres montauban brive bergerac libourne
  arcachon dax angouleme cognac saintes rochefort royan niort chatellerault saumur laval vannes lannion morlaix
  concarneau cherbourg lisieux bayeux dieppe fecamp elbeuf vernon dreux chartres montargis vierzon auxerre autun beaune
  dole pontarlier montbeliard belfort epernay soissons compiegne creil abbeville bethune lievin henin-beaumont
  armentieres wattrelos charleville-mezieres sedan verdun luneville toul epinal selestat colmar obernai annemasse
  albertville chambery annecy echirolles voiron bourgoin-jallieu bron rillieux givors oyonnax cluses riom issoire
  aurillac figeac millau rodez lourdes tarbes orthez oloron mazamet albi montbrison firminy fontainebleau provins
  etampes melun poissy trappes sartrouville houilles rambouillet plaisir gonesse bezons ermont goussainville
  montmorency bagnolet stains bobigny villepinte tremblay sevran montfermeil vincennes nogent villejuif cachan orly
  choisy alfortville bagneux clamart meudon suresnes puteaux gennevilliers palaiseau orsay savigny grigny juvisy
  athis-mons draveil vigneux bretigny arpajon marignane cavaillon carpentras pertuis manosque sisteron briancon embrun
  digne gap colomiers tournefeuille muret blagnac foix pamiers agde lodeve beaucaire uzes mende marvejols yssingeaux
  brioude privas annonay aubenas tournon pierrelatte valence romans chaumont langres vesoul lons-le-saunier macon
  chalon nevers moulins gueret tulle ussel perigueux sarlat agen marmande villeneuve cahors auch condom mont-de-marsan
  tarascon carcassonne limoux saint-lo alencon argentan evreux louviers chateauroux blois vendome chinon loches
  saumur segre mayenne laval vitre fougeres redon dinan lamballe pontivy ploermel guingamp paimpol brest landerneau
  quimperle douarnenez vannes auray challans cholet fontenay lucon sables chatelaillon parthenay bressuire
  jonzac barbezieux confolens bellac aubusson bourganeuf cosne clamecy decize avallon joigny tonnerre nogent
  romilly epernay vitry sezanne rethel vouziers bar-le-duc commercy neufchateau remiremont gerardmer lure luxeuil
  saverne wissembourg molsheim guebwiller altkirch thann montbeliard hericourt morteau ornans
  cayenne kourou matoury mamoudzou koungou dzaoudzi lamentin schoelcher baie-mahault
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** « Saint-Denis », « Sainte-Marie », « St-Ouen »: no first name begins so. */
const SAINT = /^(?:saint|sainte|st|ste)-/;

/** True when `word` (one word, or parts joined by hyphens) names a commune of the list or a saint's town. */
export function isCommune(word: string): boolean {
  const folded = foldWord(word);
  return COMMUNES.has(folded) || SAINT.test(folded);
}
