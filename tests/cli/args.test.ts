import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError } from '../../src/cli/args.ts';

const OPTIONS = { root: { type: 'string' }, json: { type: 'boolean' }, nombre: { type: 'string', short: 'n' } } as const;

function mistake(args: string[]): string {
  try {
    parseFlags(args, OPTIONS, 'AIDE');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('aucune erreur');
}

describe('usage errors', () => {
  it('are said in French, naming the option as typed, then the help', () => {
    expect(mistake(['--frobnicate'])).toBe("Option invalide : « --frobnicate » n’existe pas pour cette commande.\n\nAIDE");
    expect(mistake(['--root'])).toMatch(/^Option invalide : « --root » attend une valeur\.\n\nAIDE$/);
    expect(mistake(['-n'])).toMatch(/^Option invalide : « --nombre » attend une valeur\./);
    expect(mistake(['--json=oui'])).toMatch(/^Option invalide : « --json » ne prend pas de valeur\./);
    expect(mistake(['--root', '--json'])).toMatch(/^Option invalide : « --root » attend une valeur, pas une autre option/);
    expect(mistake(['extra'])).toMatch(/^Option invalide : « extra » n’est pas une option/);
  });

  it('never leave an English sentence from Node', () => {
    for (const args of [['--frobnicate'], ['--root'], ['extra'], ['--json=1'], ['-x'], ['--root', '--json']]) {
      expect(mistake(args)).not.toMatch(/Unknown|argument missing|Unexpected|does not take|ambiguous|Did you/);
    }
  });
});
