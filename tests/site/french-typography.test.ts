import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { frenchTypographyHtml } from '../../src/site/typography/html.ts';
import { withFrenchTypography } from '../../src/site/typography/response.ts';

/** Fixtures are written with visible marks: `~` for U+00A0, `^` for U+202F (neither occurs in them otherwise). */
const spaces = (text: string) => text.replaceAll('~', '\u00a0').replaceAll('^', '\u202f');

describe('frenchTypography (text)', () => {
  const cases: Array<[string, string]> = [
    ['Classeur Excel : une feuille', 'Classeur Excel~: une feuille'],
    ['du contenu ; la suite', 'du contenu^; la suite'],
    ['Pourquoi ? Parce que !', 'Pourquoi^? Parce que^!'],
    ['« Saisie » et « agenda »', '«~Saisie~» et «~agenda~»'],
    ['quoi ?!', 'quoi^?!'],
    // A run of spaces (or a line break in the source) becomes one no-break space.
    ['Note  :\n« \n x »', 'Note~:\n«~x~»'],
    // Nothing is added where no space was written.
    ['Note: in English', 'Note: in English'],
    ['«Serré»', '«Serré»'],
    // Times, ratios, URLs keep their colon untouched.
    ['à 14:30, contraste 4.5:1, voir https://exemple.fr/a?b=c', 'à 14:30, contraste 4.5:1, voir https://exemple.fr/a?b=c'],
    ['voir : https://exemple.fr/?q=a:b', 'voir~: https://exemple.fr/?q=a:b'],
    // Emoticons stay breakable as written; a colon followed by a word is a colon.
    ['super :) et ;-) ou :D et :/', 'super :) et ;-) ou :D et :/'],
    ['liste :Durée', 'liste~:Durée'],
    // Numbers: digit groups and units, as Intl writes them.
    ['143 719 réponses, 12 345,5 votes', '143^719 réponses, 12^345,5 votes'],
    ['en 2026 123 jeunes', 'en 2026 123 jeunes'],
    ['363 Ko, 1,1 Mo, 732 o, entre 9 h et 11 h, 30 min, 2 s', '363^Ko, 1,1^Mo, 732^o, entre 9^h et 11^h, 30^min, 2^s'],
    ['73 % et 12 €', '73~% et 12~€'],
    ['3 heures, 5 sessions, 2 ordinateurs', '3 heures, 5 sessions, 2 ordinateurs'],
    ['la loi n° 2005-102, réponse N° 55', 'la loi n°~2005-102, réponse N°~55'],
    // Already right: unchanged.
    ['Note~: «~oui~» ^; 1^234', 'Note~: «~oui~» ^; 1^234'],
    ['', ''],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(frenchTypography(spaces(input))).toBe(spaces(expected));
  });

  const apostrophes: Array<[string, string]> = [
    ["l'appli, aujourd'hui, c'était, O'Neil", 'l’appli, aujourd’hui, c’était, O’Neil'],
    // A decomposed « é » (e + U+0301) before the apostrophe is still a letter.
    ["de\u0301ja\u0300 l'outil", 'de\u0301ja\u0300 l’outil'],
    // Quotation marks and primes are not apostrophes.
    ["un 'test' ici, 5' de marche, l' seul", "un 'test' ici, 5' de marche, l' seul"],
    ['déjà l’outil', 'déjà l’outil'],
  ];
  it.each(apostrophes)('apostrophe %j', (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  it('apostrophes and spaces together', () => {
    expect(frenchTypography("Qu'en pensez-vous ? L'outil : « l'appli »")).toBe(spaces('Qu’en pensez-vous^? L’outil~: «~l’appli~»'));
  });

  it('only changes spaces and apostrophes: same length, same characters elsewhere', () => {
    const text = "Classeur : « oui » ; non ! 1 234 Ko, l'outil";
    const spaced = frenchTypography(text);
    expect(spaced.length).toBe(text.length);
    expect(spaced.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'")).toBe(text);
  });

  it('only changes spaces: same length, same characters elsewhere (no apostrophe)', () => {
    const text = 'Classeur : « oui » ; non ! 1 234 Ko';
    const spaced = frenchTypography(text);
    expect(spaced.length).toBe(text.length);
    expect(spaced.replace(/[\u00a0\u202f]/g, ' ')).toBe(text);
  });

  it('leaves a space at the very start alone unless the text continues a line', () => {
    expect(frenchTypography(' : suite', false)).toBe(' : suite');
    expect(frenchTypography(' : suite', true)).toBe(spaces('~: suite'));
    expect(frenchTypography(' » fin', true)).toBe(spaces('~» fin'));
  });
});

describe('frenchTypographyHtml (pages)', () => {
  const cases: Array<[string, string]> = [
    ['<td>Classeur Excel : une feuille</td>', '<td>Classeur Excel~: une feuille</td>'],
    // Text right after an inline element continues its line; after a block it does not.
    ['<p><a href="/x/">contenu</a> ; suite</p>', '<p><a href="/x/">contenu</a>^; suite</p>'],
    ['<p><strong>Note</strong> : « <em>oui</em> »</p>', '<p><strong>Note</strong>~: «~<em>oui</em>~»</p>'],
    ['<li> : liste</li>', '<li> : liste</li>'],
    // Code, scripts, styles and form fields are copied as written.
    ['<pre>a : b</pre><code>x ; y</code><kbd>npm run serve -- dist ; ls</kbd>', '<pre>a : b</pre><code>x ; y</code><kbd>npm run serve -- dist ; ls</kbd>'],
    ['<pre><code>a : <span>b ; c</span></code></pre> fin : oui', '<pre><code>a : <span>b ; c</span></code></pre> fin~: oui'],
    ['<script>const a = x ? b : c; // « »</script>', '<script>const a = x ? b : c; // « »</script>'],
    ['<script type="application/json">{"a": "b : c"}</script>', '<script type="application/json">{"a": "b : c"}</script>'],
    ['<style>a::after { content: " : "; }</style>', '<style>a::after { content: " : "; }</style>'],
    ['<textarea name="note">Points : \n- a ; b</textarea>', '<textarea name="note">Points : \n- a ; b</textarea>'],
    // Tags and attributes: only the shown ones (title, alt, placeholder) change.
    [
      '<meta http-equiv="Content-Security-Policy" content="default-src \'self\' ; script-src \'self\'">',
      '<meta http-equiv="Content-Security-Policy" content="default-src \'self\' ; script-src \'self\'">',
    ],
    ['<a href="/recherche/?q=a : b" title="Voir : tout" data-x="a : b">Lien : ici</a>', '<a href="/recherche/?q=a : b" title="Voir~: tout" data-x="a : b">Lien~: ici</a>'],
    ['<img alt="Carte : régions" src="a.svg"><input placeholder="Ex. : Brest">', '<img alt="Carte~: régions" src="a.svg"><input placeholder="Ex.~: Brest">'],
    ['<span aria-label="Bretagne : 12 éléments">x</span>', '<span aria-label="Bretagne : 12 éléments">x</span>'],
    ['<div title="a > b : c">d ; e</div>', '<div title="a > b~: c">d^; e</div>'],
    // Comments and the doctype are copied; text around a comment is one line.
    ['<!DOCTYPE html><!-- a : b -->mot<!-- x --> : suite', '<!DOCTYPE html><!-- a : b -->mot<!-- x -->~: suite'],
    // A raw < that opens no tag is text.
    ['<p>1 < 2 : vrai</p>', '<p>1 < 2~: vrai</p>'],
    ['<p>Rien à changer</p>', '<p>Rien à changer</p>'],
    // An unclosed script is copied to the end, untouched.
    ['<p>a : b</p><script>x ? y : z', '<p>a~: b</p><script>x ? y : z'],
    ['<SCRIPT>a ? b : c</SCRIPT><P>d : e</P>', '<SCRIPT>a ? b : c</SCRIPT><P>d~: e</P>'],
    ['<svg><text x="1">9 h : pic</text><style>.a{b:c}</style></svg>', '<svg><text x="1">9^h~: pic</text><style>.a{b:c}</style></svg>'],
    // Apostrophes: written or escaped as Astro escapes them in an expression; never in code, scripts, fields, data.
    ["<p>L'outil et l&#39;appli, d&#x27;abord, aujourd&apos;hui</p>", '<p>L’outil et l’appli, d’abord, aujourd’hui</p>'],
    ['<p>un &#39;test&#39; : &amp;#39;</p>', '<p>un &#39;test&#39;~: &amp;#39;</p>'],
    ["<code>l'outil</code><script>a='b'</script><textarea>l'appli</textarea>", "<code>l'outil</code><script>a='b'</script><textarea>l'appli</textarea>"],
    ['<a href="/q?l&#39;x" title="l&#39;appli" data-t="l&#39;a" aria-label="l&#39;a">é&#39;e</a>', '<a href="/q?l&#39;x" title="l’appli" data-t="l&#39;a" aria-label="l&#39;a">é’e</a>'],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(frenchTypographyHtml(spaces(input))).toBe(spaces(expected));
  });

  it('keeps an inline script byte for byte, so that its CSP hash still holds', () => {
    const script = '<script>if (a ? b : c) location.href = "x : y";</script>';
    const page = `<head><meta http-equiv="Content-Security-Policy" content="script-src 'sha256-abc'">${script}</head><body><p>Texte : ici</p></body>`;
    const spaced = frenchTypographyHtml(page);
    expect(spaced).toContain(script);
    expect(spaced).toContain('Texte\u00a0: ici');
  });

  it('handles a 2 MB page in one pass, every block alike', () => {
    const block = '<p><a href="/a/">Thème</a> : « lenteurs » ; 1 234 réponses ? Oui !</p><pre>x : y</pre><script>a ? b : c</script>\n';
    const page = block.repeat(20_000); // ~2 MB
    const spaced = frenchTypographyHtml(page);
    expect(spaced.split('\u00a0: «\u00a0lenteurs\u00a0»\u202f; 1\u202f234').length - 1).toBe(20_000);
  });
});

describe('the page pass and the browser agree', () => {
  it('gives a text node the same spaces as frenchTypography gives the text (search results read like their page)', () => {
    const alphabet = fc.constantFrom(' ', ' ', 'a', 'é', '1', '2', ':', ';', '!', '?', '«', '»', '%', 'h', 'o', 'n°', ')', '-', '\n', '\u00a0', "'", '’');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(frenchTypographyHtml(`<blockquote>${text}</blockquote>`)).toBe(`<blockquote>${frenchTypography(text, false)}</blockquote>`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes anything but spaces and apostrophes, whatever the page', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<a href="/a : b/">', '</a>', '<script>a ? b : c</script>', '<pre>x : y</pre>', '<!-- : -->', ' ', 'mot', ' :', ' ;', '« ', ' »', '12 345', '3 Ko', '<', '>', '"', "'", 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (html) => {
        const spaced = frenchTypographyHtml(html);
        // (A run of spaces becomes one no-break space: compared with runs collapsed.)
        expect(spaced.replace(/[\u00a0\u202f]/g, ' ').replace(/ +/g, ' ').replace(/’/g, "'")).toBe(html.replace(/ +/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('withFrenchTypography (middleware)', () => {
  it('rewrites HTML responses and drops their stale length', async () => {
    const response = new Response('<p>a : b</p>', { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': '12' } });
    const spaced = await withFrenchTypography(response);
    expect(spaced.status).toBe(404);
    expect(spaced.headers.get('content-length')).toBeNull();
    expect(await spaced.text()).toBe('<p>a\u00a0: b</p>');
  });

  it('passes anything else through', async () => {
    const json = new Response('{"a": "b : c"}', { headers: { 'content-type': 'application/json' } });
    expect(await withFrenchTypography(json)).toBe(json);
  });
});
