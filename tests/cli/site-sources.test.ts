/** The fingerprint `build` writes into the site and `export` recomputes: chapters and code, content hashes only. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesFingerprint, writeSourcesFingerprint } from '../../src/cli/site-sources.ts';
import { siteMatchesSources, SOURCES_FILE } from '../../src/export/site-match.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-site-sources-');

/** A consultation root with these chapters (file name → text). */
function rootWith(chapters: Record<string, string>): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'content', 'livre-blanc'), { recursive: true });
  for (const [name, text] of Object.entries(chapters)) writeFileSync(path.join(root, 'content', 'livre-blanc', name), text);
  return root;
}

/** A package folder with one source file. */
function packageWith(source: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'page.ts'), source);
  writeFileSync(path.join(dir, 'package-lock.json'), '{}');
  return dir;
}

const chapter = '---\ntitre: Introduction\nordre: 1\n---\n\nLe bureau a consulté le réseau.\n';

describe('sourcesFingerprint', () => {
  it('is the same for the same chapters and code, wherever the consultation lies', async () => {
    const code = packageWith('export const a = 1;');
    const first = await sourcesFingerprint(rootWith({ 'introduction.mdx': chapter }), code);
    const second = await sourcesFingerprint(rootWith({ 'introduction.mdx': chapter }), code);
    expect(second).toEqual(first);
    expect(first.chapters).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with one word added to a chapter, or a chapter renamed, and not its code part', async () => {
    const code = packageWith('export const a = 1;');
    const before = await sourcesFingerprint(rootWith({ 'introduction.mdx': chapter }), code);
    const edited = await sourcesFingerprint(rootWith({ 'introduction.mdx': `${chapter}Zygomorphe.\n` }), code);
    const renamed = await sourcesFingerprint(rootWith({ 'ouverture.mdx': chapter }), code);
    expect(edited.chapters).not.toBe(before.chapters);
    expect(renamed.chapters).not.toBe(before.chapters);
    expect(edited.code).toBe(before.code);
  });

  it('reads what the site shows: the chapters and their images, not an editor’s files; nothing without a chapter', async () => {
    const code = packageWith('');
    const root = rootWith({ 'introduction.mdx': chapter });
    const before = await sourcesFingerprint(root, code);
    writeFileSync(path.join(root, 'content', 'livre-blanc', '.introduction.mdx.swp'), 'brouillon');
    writeFileSync(path.join(root, 'content', 'livre-blanc', 'introduction.mdx~'), 'sauvegarde');
    expect(await sourcesFingerprint(root, code)).toEqual(before);
    mkdirSync(path.join(root, 'content', 'livre-blanc', 'images'));
    writeFileSync(path.join(root, 'content', 'livre-blanc', 'images', 'carte.png'), 'PNG');
    const withImage = await sourcesFingerprint(root, code);
    expect(withImage.chapters).not.toBe(before.chapters);
    writeFileSync(path.join(root, 'content', 'livre-blanc', 'images', 'carte.png'), 'PNG2');
    expect((await sourcesFingerprint(root, code)).chapters).not.toBe(withImage.chapters);
    const none = await sourcesFingerprint(tempDir(), code);
    expect(await sourcesFingerprint(rootWith({ 'notes.txt': 'à faire' }), code)).toEqual(none);
    expect(none.chapters).not.toBe(before.chapters);
  });

  it('changes when the code that renders the pages changes', async () => {
    const root = rootWith({ 'introduction.mdx': chapter });
    const before = await sourcesFingerprint(root, packageWith('export const a = 1;'));
    const after = await sourcesFingerprint(root, packageWith('export const a = 2;'));
    expect(after.code).not.toBe(before.code);
    expect(after.chapters).toBe(before.chapters);
  });

  it('is written into the site as export reads it back', async () => {
    const site = tempDir();
    const fingerprint = await sourcesFingerprint(rootWith({ 'introduction.mdx': chapter }), packageWith(''));
    await writeSourcesFingerprint(site, fingerprint);
    expect(await siteMatchesSources(site, fingerprint)).toEqual({ chapters: 'same', code: 'same' });
    // Content hashes, no date: the same sources give the same bytes (byte-identical rebuilds).
    const bytes = readFileSync(path.join(site, SOURCES_FILE));
    await writeSourcesFingerprint(site, fingerprint);
    expect(readFileSync(path.join(site, SOURCES_FILE)).equals(bytes)).toBe(true);
  });
});
