/** The site's main navigation and its security policy, shared by every page. */
import { sessionsMenuLabel, type SessionKinds } from './session-kinds.ts';

export interface NavEntry {
  key: string;
  label: string;
  href: string;
}

export const NAV: readonly NavEntry[] = [
  { key: 'accueil', label: 'Accueil', href: '/' },
  { key: 'livre-blanc', label: 'Livre blanc', href: '/livre-blanc/' },
  { key: 'themes', label: 'Thèmes', href: '/themes/' },
  { key: 'regions', label: 'Régions', href: '/regions/' },
  { key: 'ateliers', label: 'Ateliers', href: '/ateliers/' },
  { key: 'verbatims', label: 'Verbatims', href: '/verbatims/' },
  { key: 'recherche', label: 'Recherche', href: '/recherche/' },
  { key: 'methodologie', label: 'Méthodologie', href: '/methodologie/' },
  { key: 'telechargements', label: 'Téléchargements', href: '/telechargements/' },
];

/** The menu of a consultation: its sessions entry named by the kinds it has (session-kinds.ts), « Enquêtes » without workshops. */
export function navEntries(kinds: SessionKinds): NavEntry[] {
  return NAV.map((entry) => (entry.key === 'ateliers' ? { ...entry, label: sessionsMenuLabel(kinds) } : entry));
}

/**
 * Content-Security-Policy of every page, as a <meta> (the site is plain static files: no server to
 * send headers). Scripts and styles only from the site itself, never inline: Astro bundles them into
 * files (see astro.config.mjs). `frame-ancestors` cannot be set in a <meta>; a server may add it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Under `astro dev` only: Vite serves each stylesheet as a module that injects a <style> element,
 * which `style-src 'self'` refuses (the pages would show unstyled, with the notice meant for a page
 * opened from its file). A build links its stylesheets as files and keeps the policy above.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
