/**
 * Shared by the safety tests: run the `livre-blanc` command as a user would, one Astro build at a
 * time, and read back every output file as text (XLSX unzipped, HTML entities decoded).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { PACKAGE_DIR } from '../../../src/cli/build.ts';
import { withBuildLock } from '../../e2e/support/build-lock.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `livre-blanc <args>` with the project's Node (the one running the tests); `env` is added to the tests' own. */
export function runCli(args: string[], cwd = PACKAGE_DIR, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PACKAGE_DIR, 'bin', 'livre-blanc.js'), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** `livre-blanc build --root ROOT --out OUT`, holding the build lock; throws with the output on failure. */
export async function buildWithCli(root: string, outDir: string, env: Record<string, string> = {}): Promise<void> {
  const result = await withBuildLock(() => runCli(['build', '--root', root, '--out', outDir], PACKAGE_DIR, env));
  if (result.code !== 0) throw new Error(`livre-blanc build a échoué (${result.code}) :\n${result.stderr}\n${result.stdout}`);
}

/** `livre-blanc export --root ROOT --out OUT --sans-pdf` (the PDF is Chromium's print of /imprimer/, scanned as HTML). */
export async function exportWithCli(root: string, outDir: string): Promise<void> {
  const result = await runCli(['export', '--root', root, '--out', outDir, '--sans-pdf']);
  if (result.code !== 0) throw new Error(`livre-blanc export a échoué (${result.code}) :\n${result.stderr}\n${result.stdout}`);
}

/** Every file below `dir`, relative with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    if ((await stat(path.join(dir, entry))).isFile()) files.push(entry.split(path.sep).join('/'));
  }
  return files.sort();
}

/** SHA-256 of every file below `dir`, by relative path. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    hashes.set(file, createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex'));
  }
  return hashes;
}

const BINARY = /\.(png|jpe?g|webp|gif|ico|woff2?|ttf|otf|wasm)$/i;

export interface OutputText {
  /** File (and, for an XLSX, `!entry` inside it). */
  name: string;
  text: string;
}

/** The text of every output file; zip containers (XLSX) are opened entry by entry. Images and fonts are skipped. */
export async function readOutputTexts(dir: string): Promise<{ texts: OutputText[]; skipped: string[] }> {
  const texts: OutputText[] = [];
  const skipped: string[] = [];
  for (const file of await listFiles(dir)) {
    const bytes = new Uint8Array(await readFile(path.join(dir, file)));
    if (/\.(xlsx|zip)$/i.test(file)) {
      for (const [entry, content] of Object.entries(unzipSync(bytes))) texts.push({ name: `${file}!${entry}`, text: decodeEntities(strFromU8(content)) });
    } else if (/\.pdf$/i.test(file)) {
      texts.push({ name: file, text: pdfStrings(bytes) });
    } else if (BINARY.test(file)) {
      skipped.push(file);
    } else {
      const text = new TextDecoder('utf-8').decode(bytes);
      const decoded = /\.(html?|xml|svg)$/i.test(file) ? decodeEntities(text) : /\.(json|m?js)$/i.test(file) ? decodeJsonEscapes(text) : text;
      texts.push({ name: file, text: decoded });
    }
  }
  return { texts, skipped };
}

/** HTML/XML character references → characters, so that `&#64;` hides nothing from a scan. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** `\u00e9`-style escapes of JSON and JavaScript → characters. */
export function decodeJsonEscapes(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * What can be read of a PDF without a PDF library: its raw bytes, its inflated streams, and its
 * UTF-16 strings (title, outline, tagged structure, alternative texts). Page text itself is glyph
 * ids; it is printed from /imprimer/, whose HTML is scanned like every page.
 */
export function pdfStrings(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts = [raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // Not a Flate stream (images, fonts): nothing to read.
    }
  }
  const all = parts.join('\n');
  const utf16 = (buffer: Buffer) => (buffer.length % 2 ? buffer.subarray(0, -1) : buffer).swap16().toString('utf16le');
  for (const [, hex] of all.matchAll(/<FEFF([0-9A-Fa-f\s]+)>/g)) parts.push(utf16(Buffer.from((hex ?? '').replace(/\s/g, ''), 'hex')));
  for (const [, literal] of all.matchAll(/\(\xfe\xff((?:[^\\)]|\\[\s\S])*)\)/g)) {
    const unescaped = (literal ?? '').replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_m, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(Number.parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c));
    parts.push(utf16(Buffer.from(unescaped, 'latin1')));
  }
  return parts.join('\n');
}
