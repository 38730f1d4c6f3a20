/** Small hand-written corpus and helpers shared by the search tests. */
import type { FeedbackItem, Tag } from '../../src/pipeline/model.ts';
import { stableId } from '../../src/pipeline/ids.ts';
import type { SearchContext } from '../../src/search/build/index.ts';
import { buildSearchIndex, type SearchIndexOptions } from '../../src/search/build/index.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import type { FetchJson } from '../../src/search/store.ts';

export interface ItemSpec {
  text: string;
  tag?: Tag;
  themes?: string[];
  region?: string | null;
  profile?: string | null;
  session?: string;
  line?: number;
  weight?: number;
}

export function makeItem(spec: ItemSpec, index: number): FeedbackItem {
  const session = spec.session ?? 'atelier-a';
  const line = spec.line ?? index + 10;
  return {
    id: stableId(session, line, spec.text),
    sessionId: session,
    text: spec.text,
    declaredTag: spec.tag ?? 'broken',
    explicitThemes: [],
    weight: spec.weight ?? 1,
    region: spec.region === undefined ? '32' : spec.region,
    department: null,
    profile: spec.profile === undefined ? 'conseiller' : spec.profile,
    format: session.startsWith('enquete') ? 'enquete' : 'presentiel',
    question: null,
    source: { file: `content/ateliers/${session}.md`, line, column: 3 },
    tag: spec.tag ?? 'broken',
    tagSource: 'explicit',
    confidence: 1,
    themes: spec.themes ?? ['saisie'],
  };
}

export const CORPUS: ItemSpec[] = [
  { text: 'Les données des jeunes sont saisies deux fois, dans i-milo et chez France Travail.', themes: ['interop', 'qualite'] },
  { text: 'La qualité des données est inégale selon les structures.', themes: ['qualite'], region: '84' },
  { text: "Les composants de l'écran d'accueil sont lents à charger.", themes: ['lenteurs'], tag: 'broken' },
  { text: 'Un composant de saisie unique pour les entretiens.', themes: ['saisie'], tag: 'needs' },
  { text: "La saisie d'une situation demande quatre écrans.", themes: ['saisie'], tag: 'broken' },
  { text: 'Le tableau de bord par conseiller est attendu depuis longtemps.', themes: ['pilotage'], tag: 'needs', region: '11' },
  { text: 'La recherche d’un jeune par son nom est rapide.', themes: ['parcours'], tag: 'working' },
  { text: 'Les rendez-vous par SMS réduisent les absences.', themes: ['agenda', 'communication'], tag: 'working', profile: 'jeune' },
  { text: 'Une application mobile pour les jeunes, avec leurs rendez-vous.', themes: ['communication'], tag: 'needs', profile: 'jeune', session: 'enquete-jeunes' },
  { text: 'Les pièces jointes sont rangées sans catégorie.', themes: ['documents'], region: null, profile: null },
  { text: 'Le saisonnier doit pouvoir être suivi hors saison.', themes: ['autres'], tag: 'needs' },
  { text: 'RAS', themes: ['autres'], tag: 'working', session: 'enquete-jeunes' },
];

export function corpusItems(specs: readonly ItemSpec[] = CORPUS): FeedbackItem[] {
  return specs.map(makeItem);
}

export function testContext(items: readonly FeedbackItem[]): SearchContext {
  return {
    permalinks: new Map(items.map((item) => [item.id, `/sessions/${item.sessionId}/#e-${item.id}`])),
    sessions: new Map([
      ['atelier-a', { title: 'Atelier de test', kind: 'workshop' as const }],
      ['enquete-jeunes', { title: 'Enquête jeunes', kind: 'survey' as const }],
    ]),
    labels: {
      tag: (v) => `tag:${v}`,
      theme: (v) => `thème:${v}`,
      region: (v) => (v ? `région:${v}` : 'Non précisé'),
      profile: (v) => (v ? `profil:${v}` : 'Non précisé'),
      format: (v) => `format:${v}`,
    },
  };
}

/** An engine over an in-memory build, recording every file it fetches. */
export async function openEngine(
  items: readonly FeedbackItem[],
  options: SearchIndexOptions = {},
): Promise<{ engine: SearchEngine; fetched: string[]; files: Map<string, string> }> {
  const { files } = buildSearchIndex(items, testContext(items), options);
  const fetched: string[] = [];
  const fetchJson: FetchJson = async (file) => {
    fetched.push(file);
    const text = files.get(file);
    if (text === undefined) throw new Error(`fichier absent : ${file}`);
    return JSON.parse(text) as unknown;
  };
  const engine = await SearchEngine.open(fetchJson);
  return { engine, fetched, files };
}
