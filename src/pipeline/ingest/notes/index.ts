/**
 * Workshop notes (`content/ateliers/<region>/<date>-<lieu>.md`, DESIGN §4): front matter for the
 * session, section headings for the tag, one item per list item. Never throws: every problem is a
 * diagnostic pointing at its line.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { RawItem, Session } from '../../model.ts';
import type { TextFile } from '../../io/consultation-input.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { diagnostic } from '../../diagnostics.ts';
import { stableId } from '../../ids.ts';
import { emptyResult, type IngestResult } from '../result.ts';
import { reasonCounts } from '../../reconciliation.ts';
import { readBody } from './body.ts';
import { emptyMeta, readFrontMatter, type NoteMeta } from './front-matter.ts';
import { normaliseBullets } from './bullets.ts';
import { checkReadable } from './readable.ts';
import { brokenHeaderNames } from './broken-header-names.ts';
import { lastHeaderLine } from './header-fixes.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function parseNote(file: TextFile, referentiels: Referentiels): IngestResult {
  try {
    return readNote(file, referentiels);
  } catch (error) {
    // Last resort: a parser bug must not stop the whole consultation, nor show a stack trace.
    const result = emptyResult();
    result.diagnostics.push(
      diagnostic({
        code: 'note-illisible',
        severity: 'blocking',
        message: `La note n’a pas pu être lue (${error instanceof Error ? error.message : String(error)}).`,
        hint: 'Vérifiez que le fichier est une note Markdown enregistrée en UTF-8 ; si le problème persiste, signalez-le avec ce fichier.',
        file: file.file,
      }),
    );
    result.reconciliation.push({ file: file.file, read: 0, kept: 0, rejected: 0 });
    return result;
  }
}

/** A note read as Windows-1252 (note-encoding.ts): said, with its first accented word to check the reading by. */
function encodingRead(file: string, content: string) {
  const accented = /\p{L}*[^\x00-\x7F\P{L}]\p{L}*/u.exec(content);
  const line = accented ? content.slice(0, accented.index).split('\n').length : 1;
  const example = accented ? ` (ligne ${line} : « ${accented[0]} »)` : '';
  return diagnostic({
    code: 'encodage-lu',
    severity: 'info',
    message: `Le fichier n’est pas enregistré en UTF-8 mais en Windows-1252, l’encodage des anciens éditeurs de Windows : il est lu ainsi, accents compris${example}.`,
    hint: 'Rien à corriger si les accents sont bien lus ; pour plus de sûreté, réenregistrez la note avec l’encodage « UTF-8 ».',
    file,
    line,
  });
}

function readNote(file: TextFile, referentiels: Referentiels): IngestResult {
  const result = emptyResult();
  const content = file.content.replace(/^\uFEFF/, '');
  if (file.encoding === 'windows-1252') result.diagnostics.push(encodingRead(file.file, content));
  const unreadable = checkReadable(content);
  if (unreadable) {
    const { code, message, hint, line } = unreadable;
    result.diagnostics.push(diagnostic({ code, severity: 'blocking', message, hint, file: file.file, line }));
    if (unreadable.fatal) {
      result.reconciliation.push({ file: file.file, read: 0, kept: 0, rejected: 0 });
      return result;
    }
  }
  if (!content.trim()) {
    result.diagnostics.push(
      diagnostic({
        code: 'fichier-vide',
        severity: 'warning',
        message: 'Le fichier est vide : il est ignoré.',
        hint: 'Remplissez la note à partir du modèle (npx livre-blanc new), ou supprimez le fichier.',
        file: file.file,
      }),
    );
    result.reconciliation.push({ file: file.file, read: 0, kept: 0, rejected: 0 });
    return result;
  }

  let parsed = normaliseBullets(content);
  let tree = processor.parse(parsed);
  const first = tree.children[0];
  let meta: NoteMeta = emptyMeta();
  if (first?.type === 'yaml') {
    const read = readFrontMatter(first.value, { file: file.file, referentiels, line: first.position?.start.line ?? 1 });
    meta = read.meta;
    result.diagnostics.push(...read.diagnostics);
  } else {
    const missing = missingFrontMatter(content);
    result.diagnostics.push(diagnostic({ ...missing, severity: 'blocking', file: file.file }));
    // A header never closed or not on the first line still names people: masked all the same.
    if (missing.code !== 'en-tete-absent') meta = { ...meta, names: brokenHeaderNames(content) };
    // An unclosed opening fence derails the Markdown parser (later lists read as paragraphs): blank it, keep the lines.
    if (missing.code === 'en-tete-non-ferme') {
      parsed = normaliseBullets(content.replace(/^---/, ''));
      tree = processor.parse(parsed);
    }
  }

  const body = readBody(tree, file.file, referentiels, parsed.split(/\r?\n|\r/));
  result.diagnostics.push(...body.diagnostics);
  const session = toSession(file.file, meta);
  result.sessions.push(session);
  result.names.push(...meta.names);
  for (const profile of meta.profileTexts) result.profileTexts.push({ file: file.file, ...profile });
  const department = meta.departments.length === 1 ? (meta.departments[0] ?? null) : null;
  for (const draft of body.items) {
    const item: RawItem = {
      id: stableId(file.file, draft.line, draft.column, draft.text),
      sessionId: session.id,
      text: draft.text,
      declaredTag: draft.declaredTag,
      explicitThemes: draft.explicitThemes,
      weight: draft.weight,
      region: meta.region,
      department,
      profile: meta.profile,
      format: meta.format,
      question: draft.question,
      source: { file: file.file, line: draft.line, column: draft.column },
    };
    result.items.push(item);
  }
  result.reconciliation.push({ file: file.file, read: body.read, kept: body.items.length, rejected: body.rejected, reasons: reasonCounts(body.reasons) });
  for (const { reason, text, line, column } of body.setAside) result.setAside.push({ source: { file: file.file, line, column }, reason, text });
  return result;
}

/** Why no front matter was found: never closed, not on the first line, or simply absent. */
function missingFrontMatter(content: string): { code: string; message: string; hint: string; line: number } {
  if (/^---[ \t]*\r?\n/.test(content)) {
    // Said at the opening « --- »; the hint names where the header seems to end, after which to close it.
    const last = lastHeaderLine(content.split(/\r?\n|\r/));
    return {
      code: 'en-tete-non-ferme',
      message: "L’en-tête de la note commence par « --- » mais n’est jamais fermé.",
      hint: last
        ? `Ajoutez une ligne « --- » après la ligne ${last}, la dernière de l’en-tête.`
        : 'Ajoutez une ligne « --- » après la dernière clé de l’en-tête.',
      line: 1,
    };
  }
  const leading = /^(?:[ \t]*\r?\n)+---[ \t]*\r?\n/.exec(content);
  if (leading)
    return {
      code: 'en-tete-mal-place',
      message: "L’en-tête de la note doit commencer à la toute première ligne du fichier.",
      hint: 'Supprimez les lignes vides avant le premier « --- ».',
      line: 1,
    };
  return {
    code: 'en-tete-absent',
    message: "La note n’a pas d’en-tête (titre, date, format, région) : elle ne peut pas être publiée.",
    hint: 'Commencez le fichier par « --- », les lignes titre, date, format, region, puis « --- ».',
    line: 1,
  };
}

function toSession(file: string, meta: NoteMeta): Session {
  return {
    id: stableId(file),
    kind: 'workshop',
    title: meta.title ?? (file.split('/').pop() ?? file).replace(/\.[^.]+$/, ''),
    date: meta.date,
    format: meta.format,
    region: meta.region,
    departments: meta.departments,
    structures: meta.structures,
    participants: meta.participants,
    profiles: meta.profiles,
    file,
  };
}
