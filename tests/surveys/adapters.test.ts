import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/pipeline/ingest/surveys/html.ts';
import { parse } from './helpers.ts';

const PROPOSALS = [
  'id;category/id;category/name/en;category/name/fr;scope/id;title;body;votes;author/name;url',
  '1;35;;Impôts, dépenses;;Ethique du capitalisme;"<p>Il est <strong>temps</strong> de réinvestir&nbsp;:</p><ul><li>un</li><li>deux</li></ul>";2;Jean Dupontel;http://x/1',
  '2;;"";"";;Titre seul;;0;Marie Curiosa;http://x/2',
].join('\n');

const COMMENTS = [
  'id;created_at;body;author/id;author/name;alignment;depth;user_group/id;user_group/name/fr;commentable_id',
  '515;2019-01-17;l\'état devrait mieux écouter les maires;1153;Zébulon Machin;0;0;;Asso Secrète;23',
].join('\n');

describe('platform adapters', () => {
  it('reads Decidim proposals: title + body as plain text, a request (needs), category as question, personal columns never copied', () => {
    const result = parse(PROPOSALS);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => [i.text, i.declaredTag, i.question, i.source.field])).toEqual([
      ['Ethique du capitalisme. Il est temps de réinvestir :\n- un\n- deux', 'needs', 'Impôts, dépenses', 'body'],
      ['Titre seul', 'needs', null, 'title'],
    ]);
    // Names never reach an item; they go to the anonymise stage only, to be masked where a text quotes them.
    const json = JSON.stringify({ ...result, participantNames: [] });
    expect(json).not.toContain('Dupontel');
    expect(json).not.toContain('Curiosa');
    expect(result.participantNames).toEqual(['Jean Dupontel', 'Marie Curiosa']);
    // A row is a proposal, and one person may make several: the people are counted by their names.
    const twice = parse(`${PROPOSALS}\n3;;;;;Encore moi;Une autre idée;1;Jean Dupontel;http://x/3`);
    expect(twice.sessions[0]?.participants).toBe(2);
  });

  it('gives Decidim proposals back to the tagger when a sidecar names their column with tag: auto', () => {
    const proposals = ['id;category/id;category/name/fr;title;body;votes', '1;35;Impôts;Une taxe est à appliquer;Taxer les transactions financières;2'].join('\n');
    expect(parse(proposals).items.map((i) => i.declaredTag)).toEqual(['needs']);
    const result = parse(proposals, 'colonnes:\n  textes: [{ colonne: "body", tag: auto }]\n');
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([['Une taxe est à appliquer. Taxer les transactions financières', 'auto']]);
  });

  it('reads Decidim comments: the body, never the author or user group', () => {
    const result = parse(COMMENTS);
    // A comment argues, approves or complains as much as it asks: the tagger reads it.
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([['l\'état devrait mieux écouter les maires', 'auto']]);
    const json = JSON.stringify({ ...result, participantNames: [] });
    expect(json).not.toContain('Zébulon');
    expect(json).not.toContain('Secrète');
    // A group (an association, a town hall) is not a person: its name is not masked in the texts.
    expect(result.participantNames).toEqual(['Zébulon Machin']);
  });

  it('counts a Decidim export’s participants by their distinct author ids, names blank or not, and never publishes an id', () => {
    const rows = [
      '516;2019-01-18;Je rejoins cet avis sur les maires et les communes;1153;;1;1;;;515',
      '517;2019-01-19;Les petites communes manquent de moyens;98765;Anne Onyme;0;0;;;23',
    ];
    const result = parse([COMMENTS, ...rows].join('\n'));
    expect(result.sessions[0]?.participants).toBe(2);
    expect(JSON.stringify(result.items)).not.toContain('98765');
    // A row without an author id: the people cannot be counted.
    expect(parse([COMMENTS, '518;2019-01-20;Un commentaire sans auteur connu;;;0;0;;;23'].join('\n')).sessions[0]?.participants).toBeNull();
  });

  it('reads comment-id,comment-body files, never the interview (speaker) column', () => {
    const result = parse('comment-id,comment-body,interview\n1,"Les rendez-vous par SMS, c’est bien",Paulette Unetelle\n2,,X\n');
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([['Les rendez-vous par SMS, c’est bien', 'auto']]);
    expect(JSON.stringify({ ...result, participantNames: [] })).not.toContain('Unetelle');
    expect(result.participantNames).toEqual(['Paulette Unetelle', 'X']);
  });

  it('lets a sidecar add a fixed region to an adapter file', () => {
    const result = parse(COMMENTS, 'titre: Grand débat MEL\ncolonnes:\n  region_fixe: Hauts-de-France\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.items[0]?.region).toBe('32');
    expect(result.sessions[0]?.title).toBe('Grand débat MEL');
  });

  it('turns HTML into text', () => {
    expect(htmlToText('a<br>b &amp; c&#233;&#x20AC; <script>alert(1)</script>&unknown;')).toBe('a\nb & cé€  &unknown;');
    expect(htmlToText('sans balise')).toBe('sans balise');
    expect(htmlToText('Béthune <> Lille & Roubaix &amp; \n')).toBe('Béthune <> Lille & Roubaix &amp; \n');
  });
});
