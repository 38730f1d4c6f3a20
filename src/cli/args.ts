/** Flag parsing shared by the commands, with French usage errors (exit code 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags; any unknown flag or missing value becomes a UsageError that shows the command's help. */
export function parseFlags<T extends Options>(args: string[], options: T, help: string) {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(help + '\n');
    return null;
  }
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Option invalide : ${reason}\n\n${help}`);
  }
}

/** Reads a `--format` style flag restricted to a list of values. */
export function oneOf<V extends string>(value: string | undefined, allowed: readonly V[], fallback: V, flag: string): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new UsageError(`Valeur invalide pour ${flag} : « ${value} » (attendu : ${allowed.join(', ')}).`);
}
