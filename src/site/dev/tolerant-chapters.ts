/**
 * Under `astro dev`, the chapters' collection never stops on a chapter's front matter. Astro's glob
 * loader threw on a wrong `ordre` or a YAML slip: at start the dev server died on Zod's English error
 * and a stack trace; on a save its terminal got « [glob-loader] Failed to reload … Expected type
 * "number"… », even for a valid file caught half-written by the editor. The chapters' check
 * (follow-chapters.ts) is the one voice for these: the same rules, in French, at the file's line, once
 * the file has settled; and the chapter's page shows them in its place (chapters-guard.ts).
 * So here such a chapter keeps its last valid front matter (or a stand-in, placed last), silently.
 * A build is left strict: `livre-blanc build` checks the chapters first and never gets here.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { isDevServer } from '../dev-server.ts';

/** What the glob loader reads a file's front matter with: Astro's content entry types, by extension (not in the public context type). */
type EntryInfo = { data: Record<string, unknown>; body: string; slug: string; rawData: string };
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): EntryInfo | Promise<EntryInfo>;
}
export type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** Data in place of a chapter's front matter that does not pass the schema, while it is being written. */
export type StandIn = (id: string) => Record<string, unknown>;

/** A front matter past the opening `---` … `---`, as Astro's own parser skips it: what remains is the body. */
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The loader, tolerant of a chapter's front matter under `astro dev` only. */
export function tolerantInDev(loader: Loader, standIn: StandIn): Loader {
  return {
    ...loader,
    load: (context: GlobContext) => (isDevServer() ? loader.load(tolerantContext(context, standIn)) : loader.load(context)),
  };
}

export function tolerantContext(context: GlobContext, standIn: StandIn): GlobContext {
  const parseData: LoaderContext['parseData'] = async (props) => {
    try {
      return await context.parseData(props);
    } catch {
      const previous = context.store.get(props.id)?.data;
      return (previous ?? (await context.parseData({ ...props, data: standIn(props.id) }))) as typeof props.data;
    }
  };
  const entryTypes = context.entryTypes && new Map([...context.entryTypes].map(([extension, type]) => [extension, tolerantEntryType(type)]));
  return { ...context, parseData, ...(entryTypes ? { entryTypes } : {}) };
}

/** A front matter that is not YAML reads as empty: the schema then refuses it, and parseData stands in. */
function tolerantEntryType(type: EntryType): EntryType {
  return {
    ...type,
    getEntryInfo: async (params) => {
      try {
        return await type.getEntryInfo(params);
      } catch {
        return { data: {}, body: params.contents.replace(FRONT_MATTER, '').trim(), slug: '', rawData: '' };
      }
    },
  };
}
