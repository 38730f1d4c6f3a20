/**
 * Reads a consultation from disk into a `ConsultationInput`. The only stage that touches the file
 * system, so that the pipeline itself stays pure and testable in memory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConsultationInput, SurveyFile, TextFile } from './consultation-input.ts';

export const NOTES_DIR = 'content/ateliers';
export const SURVEYS_DIR = 'data/enquetes';

export async function readConsultation(root: string): Promise<ConsultationInput> {
  const notePaths = (await listFiles(root, NOTES_DIR)).filter((file) => /\.(md|markdown)$/i.test(file));
  const surveyPaths = (await listFiles(root, SURVEYS_DIR)).filter((file) => /\.(csv|tsv|txt)$/i.test(file));
  const notes = await Promise.all(notePaths.map((file) => readText(root, file)));
  const surveys = await Promise.all(surveyPaths.map((file) => readSurvey(root, file)));
  return {
    notes,
    surveys,
    themes: await readOptional(root, 'data/themes.yml'),
    pseudonyms: await readOptional(root, 'data/pseudonymes.yml'),
    settings: await readOptional(root, 'content/consultation.yml'),
  };
}

/** Files below `dir`, relative to `root` with `/` separators, sorted so that runs are reproducible. */
async function listFiles(root: string, dir: string): Promise<string[]> {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  const entries = await readdir(absolute, { recursive: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(absolute, entry);
    if ((await stat(full)).isFile()) files.push(path.posix.join(dir, entry.split(path.sep).join('/')));
  }
  return files.sort();
}

async function readText(root: string, file: string): Promise<TextFile> {
  return { file, content: await readFile(path.join(root, file), 'utf8') };
}

async function readOptional(root: string, file: string): Promise<TextFile | null> {
  return existsSync(path.join(root, file)) ? readText(root, file) : null;
}

async function readSurvey(root: string, file: string): Promise<SurveyFile> {
  const bytes = new Uint8Array(await readFile(path.join(root, file)));
  const sidecarPath = file.replace(/\.[^.]+$/, '.yml');
  return { file, bytes, sidecar: await readOptional(root, sidecarPath) };
}
