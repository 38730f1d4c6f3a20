/** `content/consultation.yml`: the consultation's own settings (title, description, accessibility contact and audit). */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from './model.ts';
import type { TextFile } from './io/consultation-input.ts';
import { diagnostic } from './diagnostics.ts';
import { readAccessibilityAudit, type AccessibilityAudit } from './accessibility-audit.ts';

const DEFAULT_TITLE = 'Livre blanc de la consultation';
/** Where the settings live in a consultation root. */
export const SETTINGS_FILE = 'content/consultation.yml';

const settingsSchema = z.object({
  /** Title of the white paper. */
  titre: z.string().min(1).default(DEFAULT_TITLE),
  /** What the consultation asked, in a sentence or two: the home page's opening paragraph. */
  description: z.string().optional(),
  /** Address (e-mail or web page) readers use to report an accessibility problem; published as is. */
  contact_accessibilite: z.string().min(3).optional(),
  /** The site's last RGAA audit, if any: the accessibility statement's conformity comes from it. */
  audit_accessibilite: z.unknown().optional(), // read apart: an unreadable audit must not cost the title
  /** Public figures’ names the detectors of names leave as written (« Emmanuel Macron », « Macron »); none by default. */
  noms_publics: z.array(z.string().min(1)).default([]),
  /** The published site's public address (`https://…`): printed on the PDF's cover and pages, and its links to the site lead there. */
  adresse_du_site: z.unknown().optional(), // read apart, as the audit: a mistyped address must not cost the title
});

export interface Settings {
  title: string;
  /** The home page's opening paragraph, or null: the site then writes a general one. */
  description: string | null;
  accessibilityContact: string | null;
  /** The last RGAA audit declared, or null: the statement then says « non conforme », as the RGAA requires. */
  accessibilityAudit: AccessibilityAudit | null;
  /** Names of public figures kept as written by the anonymise stage (anonymise/public-names.ts). */
  publicNames: string[];
  /** The published site's address, without its final slash (`https://livre-blanc.fr`), or null: the PDF then names the site's pages without an address. */
  siteAddress: string | null;
  diagnostics: Diagnostic[];
}

export function readSettings(file: TextFile | null, today = new Date().toISOString().slice(0, 10)): Settings {
  if (!file) {
    const { diagnostics } = readAccessibilityAudit(undefined, null, today);
    return { title: DEFAULT_TITLE, description: null, accessibilityContact: null, accessibilityAudit: null, publicNames: [], siteAddress: null, diagnostics: [...contactDiagnostics(null, null), ...diagnostics] };
  }
  try {
    const parsed = settingsSchema.safeParse(parse(file.content, { logLevel: 'error' }) ?? {}); // no raw YAML warning on the terminal
    if (parsed.success) {
      const contact = parsed.data.contact_accessibilite ?? null;
      const { audit, diagnostics } = readAccessibilityAudit(parsed.data.audit_accessibilite, file, today);
      const siteAddress = readSiteAddress(parsed.data.adresse_du_site, file);
      return {
        title: parsed.data.titre,
        description: parsed.data.description?.trim() || null,
        accessibilityContact: contact,
        accessibilityAudit: audit,
        publicNames: parsed.data.noms_publics,
        siteAddress: siteAddress.address,
        diagnostics: [...contactDiagnostics(contact, file), ...diagnostics, ...siteAddress.diagnostics],
      };
    }
  } catch {
    // Reported below like a schema error: the file is not usable as it stands.
  }
  return {
    title: DEFAULT_TITLE,
    description: null,
    accessibilityContact: null,
    accessibilityAudit: null,
    publicNames: [],
    siteAddress: null,
    diagnostics: [
      diagnostic({
        code: 'parametres-invalides',
        severity: 'warning',
        message: `Le fichier ${file.file} n’est pas lisible : le titre par défaut est utilisé.`,
        hint: 'Écrivez par exemple « titre: Livre blanc du futur SI des Missions Locales ».',
        file: file.file,
      }),
    ],
  };
}

/**
 * `adresse_du_site`: a web address (http or https, a host), kept without its final slash so that a page's
 * path follows it (`https://livre-blanc.fr` + `/verbatims/`). Anything else is ignored and said.
 */
function readSiteAddress(value: unknown, file: TextFile): { address: string | null; diagnostics: Diagnostic[] } {
  if (value === undefined || value === null) return { address: null, diagnostics: [] };
  const text = typeof value === 'string' ? value.trim() : '';
  const url = /^https?:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?$/i.test(text) ? URL.parse(text) : null;
  if (url) return { address: url.href.replace(/\/+$/, ''), diagnostics: [] };
  const line = file.content.split(/\r?\n/).findIndex((row) => row.trimStart().startsWith('adresse_du_site')) + 1;
  return {
    address: null,
    diagnostics: [
      diagnostic({
        code: 'adresse-du-site-invalide',
        severity: 'warning',
        message: 'L’adresse du site (adresse_du_site) n’est pas une adresse web : le PDF n’en imprime aucune.',
        hint: 'Écrivez l’adresse publique du site, par exemple « adresse_du_site: https://livre-blanc.mon-reseau.fr ».',
        file: file.file,
        line: Math.max(1, line),
      }),
    ],
  };
}

/** Domains reserved for examples (RFC 2606, 6761): an address there reaches nobody. */
const EXAMPLE_ADDRESS = /(?:^|[@./])(?:example\.(?:com|net|org)|[^@/\s]*\.(?:example|invalid|test|localhost))(?:[/:?#]|$)/i;

/**
 * The accessibility statement must give readers a way to report a barrier (RGAA 4.1, « retour
 * d'information et contact »): without an address, or with an example one, `check` says so.
 */
function contactDiagnostics(contact: string | null, file: TextFile | null): Diagnostic[] {
  const where = file?.file ?? SETTINGS_FILE;
  if (contact === null) {
    return [
      diagnostic({
        code: 'contact-accessibilite-absent',
        severity: 'warning',
        // Said where it is missing: a file to create is not a line to edit.
        message: `${file === null ? `Le fichier ${SETTINGS_FILE} est absent : l` : 'L'}a déclaration d’accessibilité publiée n’indique aucune adresse où signaler un défaut d’accessibilité.`,
        // No address written here: diagnostics are masked like any published text, and an e-mail would be.
        hint: `${file === null ? `Créez ${SETTINGS_FILE} avec` : `Ajoutez dans ${SETTINGS_FILE}`} une ligne « contact_accessibilite: » suivie d’un courriel de service ou d’une adresse web : le RGAA demande ce moyen de contact.`,
        file: where,
      }),
    ];
  }
  if (!EXAMPLE_ADDRESS.test(contact)) return [];
  const line = (file?.content.split(/\r?\n/).findIndex((text) => text.trimStart().startsWith('contact_accessibilite')) ?? -1) + 1;
  return [
    diagnostic({
      code: 'contact-accessibilite-exemple',
      severity: 'warning',
      message: `L’adresse de contact de la déclaration d’accessibilité est sur un domaine réservé aux exemples (${domainOf(contact)}) : personne ne la lira.`,
      hint: "Remplacez-la par l’adresse de l’équipe qui publie le livre blanc.",
      file: where,
      line: Math.max(1, line),
    }),
  ];
}

/** The domain of an e-mail or web address (the e-mail itself would be masked in a diagnostic). */
function domainOf(contact: string): string {
  return contact.replace(/^[a-z]+:\/\//i, '').replace(/^[^@]*@/, '').replace(/[/:?#].*$/, '');
}
