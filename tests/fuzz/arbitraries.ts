/**
 * Generators of what ambassadors really produce, good and bad: workshop notes (front matter
 * variations, nested lists, headings, code, HTML, tables, random unicode, truncated files, NUL
 * bytes, CRLF, BOM) and survey CSVs (quotes, separators, CR/LF inside cells, UTF-8 or
 * Windows-1252, BOM, sidecar or not, truncated bytes).
 */
import fc from 'fast-check';
import type { ConsultationInput, SurveyFile, TextFile } from '../../src/pipeline/io/consultation-input.ts';

// ---------------------------------------------------------------- text

/** Characters that matter to the parsers, mixed with ordinary French. */
const TRICKY = ['"', "'", ';', ',', '\t', '\r', '\n', '\r\n', '#', '(', ')', '-', '*', '`', '<', '>', '&', '|', '[', ']', ':', '\\', '\u00a0', '\u2028', '\uFEFF', '\u0007', '€', 'œ', 'é', 'É', '’', '…', '😀', '\uD800'];
const WORDS = ['saisie', 'lente', 'SMS', 'rendez-vous', 'jeune', 'conseiller', 'CEJ', 'dossier', 'RAS', 'sans objet', 'on voudrait', 'ne fonctionne pas', '(3 votes)', '#saisie', '#inconnu', '06 12 34 56 78', 'a@b.fr', 'Bretagne', '75011'];

export const trickyText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 2, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }) }), { maxLength: 8 })
  .map((parts) => parts.join(' '));

/** One line of text: no line break inside. */
export const lineText: fc.Arbitrary<string> = trickyText.map((t) => t.replace(/[\r\n\u2028\u2029]+/g, ' '));

// ---------------------------------------------------------------- notes

const REGION_VALUES = ['Bretagne', 'bretagne', 'BRETAGNE', '53', 'Île-de-France', 'ile de france', 'IDF', 'paca', '94', 'Atlantide', '', '75'];
const KNOWN_HEADINGS = ['Ce qui fonctionne', 'Points forts', 'Ce qui dysfonctionne', 'Difficultés', 'Irritants', 'Besoins et attentes', 'Propositions', 'Idées', 'État des lieux', 'Remarques', 'Divers'];

const yamlScalar: fc.Arbitrary<string> = fc.oneof(
  lineText.map((t) => JSON.stringify(t)),
  lineText,
  fc.integer({ min: -5, max: 3000 }).map(String),
  fc.constantFrom('', '~', 'null', '[1, 2', '{ a: 1 }', '"x', "'y", '- a', ': b', '&ancre', '*ancre', '!!binary x', '|', '>'),
);

const frontMatterLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('titre', 'title', 'Titre'), yamlScalar).map(([k, v]) => `${k}: ${v}`),
  fc.oneof(fc.constantFrom('2026-09-12', '12/09/2026', '2026-02-30', '2026-13-01', 'demain', '2026'), lineText).map((v) => `date: ${v}`),
  fc.oneof(fc.constantFrom('presentiel', 'distanciel', 'hybride', 'Présentiel', 'visio', ''), lineText).map((v) => `format: ${v}`),
  fc.oneof(fc.constantFrom(...REGION_VALUES), lineText).map((v) => `region: ${v}`),
  fc.array(fc.oneof(fc.constantFrom('"35"', '29', '"2A"', '975', '"99"', 'Finistère'), yamlScalar), { maxLength: 4 }).map((v) => `departements: [${v.join(', ')}]`),
  fc.array(lineText, { maxLength: 3 }).map((v) => `structures: ${JSON.stringify(v)}`),
  fc.array(fc.constantFrom('Sophie Martin', 'Maëlle K.', 'N.', 'Jean-Éric Dupont', ''), { maxLength: 3 }).map((v) => `ambassadeurs: ${JSON.stringify(v)}`),
  fc.oneof(fc.nat(40).map(String), fc.constantFrom('\n  total: 12\n  profils: { conseiller: 9, jeune: 3 }', '\n  total: -1', '\n  profils: { conseiller: x }', '\n  noms: ["Kevin D."]', '{ total: 3, inconnu: 2 }')).map((v) => `participants: ${v}`),
  fc.oneof(fc.constantFrom('jeune', 'conseiller', 'extraterrestre'), lineText).map((v) => `profil: ${v}`),
  fc.tuple(lineText.filter((k) => !/[:#\n]/.test(k)), yamlScalar).map(([k, v]) => `${k || 'cle'}: ${v}`),
  lineText,
);

const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(frontMatterLine, { maxLength: 10 }).map((lines) => `---\n${lines.join('\n')}\n---\n`) },
  { weight: 4, arbitrary: fc.constant('---\ntitre: Atelier\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\ndepartements: ["35"]\nambassadeurs: ["Sophie Martin"]\n---\n') },
  { weight: 1, arbitrary: fc.array(frontMatterLine, { maxLength: 5 }).map((lines) => `---\n${lines.join('\n')}\n`) }, // never closed
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant('\n\n---\ntitre: x\n---\n') },
);

const BULLETS = ['- ', '* ', '+ ', '1. ', '2) ', '• ', '− ', '- [ ] ', '- [x] ', '-', '> - '];

interface ListNode {
  text: string;
  children: readonly ListNode[];
}
const listNode: fc.Arbitrary<ListNode> = fc.letrec<{ node: ListNode }>((tie) => ({
  node: fc.record({ text: lineText, children: fc.oneof({ depthSize: 'small' }, fc.constant<ListNode[]>([]), fc.array(tie('node'), { maxLength: 3 })) }),
})).node;

function renderList(nodes: readonly ListNode[], bullet: string, depth: number): string[] {
  const indent = '  '.repeat(depth * (bullet.length > 3 ? 2 : 1));
  return nodes.flatMap((node) => [`${indent}${bullet}${node.text}`, ...renderList(node.children, bullet, depth + 1)]);
}

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(fc.constantFrom(...KNOWN_HEADINGS), lineText)).map(([depth, title]) => `${'#'.repeat(depth)} ${title}`) },
  { weight: 7, arbitrary: fc.tuple(fc.constantFrom(...BULLETS), fc.array(listNode, { minLength: 1, maxLength: 4 })).map(([bullet, nodes]) => renderList(nodes, bullet, 0).join('\n')) },
  { weight: 2, arbitrary: trickyText },
  { weight: 1, arbitrary: fc.constantFrom('```', '```\n- pas un élément\n```', '<div>\n- html\n</div>', '<!-- commentaire', '| a | b |\n|---|---|\n| - x | y |', '***', '---', '', '\n\n', '[ref]: http://x', '<script>alert(1)</script>') },
);

const noteBody: fc.Arbitrary<string> = fc.array(block, { minLength: 1, maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

/** A note as people write it, then possibly damaged: truncated, NUL inserted, CRLF, BOM. */
export const noteContent: fc.Arbitrary<string> = fc
  .record({
    head: frontMatter,
    body: noteBody,
    crlf: fc.boolean(),
    bom: fc.boolean(),
    damage: fc.oneof(
      { weight: 5, arbitrary: fc.constant<{ kind: 'none' }>({ kind: 'none' }) },
      { weight: 1, arbitrary: fc.nat().map((at) => ({ kind: 'truncate' as const, at })) },
      { weight: 1, arbitrary: fc.nat().map((at) => ({ kind: 'nul' as const, at })) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).map((text) => ({ kind: 'random' as const, text })) },
    ),
  })
  .map(({ head, body, crlf, bom, damage }) => {
    let text = head + body + '\n';
    if (crlf) text = text.replace(/\n/g, '\r\n');
    if (damage.kind === 'truncate') text = text.slice(0, damage.at % (text.length + 1));
    if (damage.kind === 'nul') {
      const at = damage.at % (text.length + 1);
      text = `${text.slice(0, at)}\u0000${text.slice(at)}`;
    }
    if (damage.kind === 'random') text = damage.text;
    return bom ? `\uFEFF${text}` : text;
  });

export const notePath: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('bretagne', 'ile-de-france', 'atlantide', 'la-reunion'), fc.nat(99))
  .map(([folder, n]) => `content/ateliers/${folder}/2026-09-${String((n % 28) + 1).padStart(2, '0')}-atelier-${n}.md`);

// ---------------------------------------------------------------- surveys

const HEADERS = ['Horodateur', 'Région', 'Vous êtes', 'Ce qui fonctionne bien', 'Ce qui vous gêne', 'Vos attentes', 'Commentaire libre', 'Code postal', 'Département', 'Satisfaction globale (1 à 5)', 'Question', 'comment-body', 'id'];

const cell: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: trickyText },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', 'Bretagne', 'Île-de-France', '35000', '97400', '2A', 'Conseillère', 'jeune', '1', '5', 'oui', 'non', 'RAS', 'Sans objet') },
  { weight: 1, arbitrary: fc.nat(7).map(String) },
);

export interface SurveyTable {
  header: string[];
  rows: string[][];
}

export const surveyTable: fc.Arbitrary<SurveyTable> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: lineText }), { minLength: 1, maxLength: 6 })
  .chain((header) =>
    fc.record({
      header: fc.constant(header),
      // Ragged rows on purpose: too few or too many fields.
      rows: fc.array(fc.array(cell, { minLength: Math.max(0, header.length - 1), maxLength: header.length + 1 }), { maxLength: 12 }),
    }),
  );

export interface CsvStyle {
  delimiter: ';' | ',' | '\t';
  quoting: 'always' | 'needed' | 'never';
  newline: '\r\n' | '\n' | 'mixed';
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
}

export const csvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  quoting: fc.constantFrom('always' as const, 'needed' as const, 'needed' as const, 'never' as const),
  newline: fc.constantFrom('\r\n' as const, '\n' as const, 'mixed' as const),
  encoding: fc.constantFrom('utf-8' as const, 'windows-1252' as const),
  bom: fc.boolean(),
});

export function writeCsv(table: SurveyTable, style: CsvStyle): string {
  const quote = (value: string): string => {
    const needed = value.includes(style.delimiter) || /["\r\n]/.test(value) || value !== value.trim();
    if (style.quoting === 'always' || (style.quoting === 'needed' && needed)) return `"${value.replace(/"/g, '""')}"`;
    return value;
  };
  const lines = [table.header, ...table.rows].map((row) => row.map(quote).join(style.delimiter));
  if (style.newline !== 'mixed') return lines.join(style.newline) + style.newline;
  return lines.map((line, i) => line + (i % 2 ? '\n' : '\r\n')).join('');
}

/** Windows-1252 code points that differ from Latin-1. */
const CP1252: Readonly<Record<string, number>> = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };

/** Text → bytes as Excel would save it; characters Windows-1252 lacks become « ? », as Excel does. */
export function encode(text: string, style: Pick<CsvStyle, 'encoding' | 'bom'>): Uint8Array {
  if (style.encoding === 'utf-8') {
    const bytes = new TextEncoder().encode(text);
    return style.bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
  }
  return Uint8Array.from([...text], (char) => {
    const code = CP1252[char] ?? char.charCodeAt(0);
    return code <= 0xff && !(code >= 0x80 && code <= 0x9f && CP1252[char] === undefined) ? code : 0x3f;
  });
}

/** A sidecar that maps the table's own headers (valid), or a damaged one. */
export function sidecarFor(table: SurveyTable, kind: 'none' | 'valid' | 'garbage', garbage: string): string | null {
  if (kind === 'none') return null;
  if (kind === 'garbage') return garbage;
  const texts = table.header.filter((h) => /fonctionne|gêne|attentes|Commentaire|comment-body/.test(h));
  const region = table.header.find((h) => h === 'Région');
  const profile = table.header.find((h) => h === 'Vous êtes');
  const lines = ['titre: Enquête générée', 'colonnes:'];
  lines.push(region ? `  region: ${JSON.stringify(region)}` : '  region_fixe: Bretagne');
  if (profile) lines.push(`  profil: ${JSON.stringify(profile)}`);
  lines.push('  textes:');
  const columns = texts.length ? texts : [table.header[0] ?? 'x'];
  for (const [i, column] of columns.entries()) lines.push(`    - { colonne: ${JSON.stringify(column)}, tag: ${['working', 'broken', 'needs', 'auto'][i % 4]} }`);
  return lines.join('\n') + '\n';
}

export interface GeneratedSurvey {
  table: SurveyTable;
  style: CsvStyle;
  sidecar: 'none' | 'valid' | 'garbage';
  garbage: string;
  /** Keep only this many bytes (null: the whole file). */
  truncate: number | null;
}

export const generatedSurvey: fc.Arbitrary<GeneratedSurvey> = fc.record({
  table: surveyTable,
  style: csvStyle,
  sidecar: fc.constantFrom('none' as const, 'valid' as const, 'valid' as const, 'garbage' as const),
  garbage: fc.oneof(trickyText, fc.constantFrom('colonnes: [', 'colonnes:\n  textes: 3', 'encodage: ebcdic', 'separateur: "|"', 'colonnes:\n  inconnu: x')),
  truncate: fc.option(fc.nat(), { freq: 5 }),
});

export function surveyFile(file: string, survey: GeneratedSurvey): SurveyFile {
  let bytes = encode(writeCsv(survey.table, survey.style), survey.style);
  if (survey.truncate !== null) bytes = bytes.slice(0, survey.truncate % (bytes.length + 1));
  const sidecar = sidecarFor(survey.table, survey.sidecar, survey.garbage);
  return { file, bytes, sidecar: sidecar === null ? null : { file: file.replace(/\.csv$/, '.yml'), content: sidecar } };
}

// ---------------------------------------------------------------- whole consultation

const THEMES = `themes:
  - id: saisie-ergonomie
    libelle: Saisie et ergonomie
    description: La facilité de saisie.
    mots_cles: [saisie, saisir, écran]
  - id: communication-jeunes
    libelle: Communication avec les jeunes
    description: SMS et application.
    mots_cles: [sms, appel, message]
`;

const optionalFile = (file: string, valid: string, broken: fc.Arbitrary<string>): fc.Arbitrary<TextFile | null> =>
  fc.oneof(fc.constant(null), fc.constant({ file, content: valid }), broken.map((content) => ({ file, content })));

export const consultationInput: fc.Arbitrary<ConsultationInput> = fc
  .record({
    notes: fc.uniqueArray(fc.tuple(notePath, noteContent), { maxLength: 4, selector: ([file]) => file }),
    surveys: fc.array(generatedSurvey, { maxLength: 2 }),
    themes: optionalFile('data/themes.yml', THEMES, fc.oneof(trickyText, fc.constantFrom('themes: [', '- id: A B\n  libelle: x'))),
    pseudonyms: optionalFile('data/pseudonymes.yml', 'noms: [Sophie Martin]\npseudonymes: { Kevin D.: Jeune A }\n', fc.oneof(trickyText, fc.constant('noms: [a, b'))),
    settings: optionalFile('content/consultation.yml', 'titre: Consultation générée\n', fc.oneof(trickyText, fc.constant('titre: [x'))),
  })
  .map(({ notes, surveys, themes, pseudonyms, settings }) => ({
    notes: notes.map(([file, content]) => ({ file, content })).sort((a, b) => (a.file < b.file ? -1 : 1)),
    surveys: surveys.map((survey, i) => surveyFile(`data/enquetes/enquete-${i + 1}.csv`, survey)),
    themes,
    pseudonyms,
    settings,
  }));
