/**
 * HTML (Decidim bodies and descriptions) → plain text: tags dropped, block ends as line breaks,
 * entities decoded. The text is never rendered as HTML afterwards; this only keeps it readable.
 * Decidim exports hold plain text or HTML depending on the version, so plain text is left untouched.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘',
  ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—', euro: '€', oelig: 'œ', OElig: 'Œ', eacute: 'é',
  egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô',
  ugrave: 'ù', ucirc: 'û', uuml: 'ü', Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç', deg: '°',
};

/** Only real markup is converted: « Béthune <> Lille » or « & » in plain text stay as written. */
const TAG = /<\/?(p|br|div|span|strong|em|b|i|u|ul|ol|li|a|h[1-6]|blockquote|table|tr|td|img|script|style|iframe|svg)\b[^>]*>/i;

export function htmlToText(html: string): string {
  if (!TAG.test(html)) return html;
  return html
    .replace(/<\s*(script|style)\b[^]*?<\s*\/\s*\1\s*>/gi, ' ')
    .replace(/<\s*br\s*\/?\s*>/gi, '\n')
    .replace(/<\s*\/\s*(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
    .replace(/<\s*li\b[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity)
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function decodeEntity(entity: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED[name] ?? entity;
}
