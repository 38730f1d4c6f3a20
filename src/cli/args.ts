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
    throw new UsageError(`${usageMistake(error)}\n\n${help}`);
  }
}

/** node:util's parse errors (in English) said in French: the option named as typed, and what to do. */
export function usageMistake(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // The option or argument as Node quotes it: « '--root <value>' », « '-n, --n <value>' », « 'extra' ».
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(/[ ,]/).filter((part) => part.startsWith('-')).at(-1) ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Option invalide : « ${option} » n’existe pas pour cette commande.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Option invalide : « ${quoted} » n’est pas une option ; les options commencent par -- (par exemple --root DOSSIER).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('does not take an argument')) return `Option invalide : « ${option} » ne prend pas de valeur.`;
      if (message.includes('ambiguous')) {
        return `Option invalide : « ${option} » attend une valeur, pas une autre option (une valeur qui commence par un tiret s’écrit ${option}=-valeur).`;
      }
      return `Option invalide : « ${option} » attend une valeur.`;
    default:
      return `Option invalide : ${message}`;
  }
}

/** Reads a `--format` style flag restricted to a list of values. */
export function oneOf<V extends string>(value: string | undefined, allowed: readonly V[], fallback: V, flag: string): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new UsageError(`Valeur invalide pour ${flag} : « ${value} » (attendu : ${allowed.join(', ')}).`);
}
