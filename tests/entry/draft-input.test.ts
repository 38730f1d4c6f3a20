/** Typed item lines, JSON drafts and the question flow of `new` (with a scripted prompter). */
import { describe, expect, it } from 'vitest';
import { formatItemLine, parseItemLine } from '../../src/entry/item-line.ts';
import { draftToJson, readDraftJson } from '../../src/entry/draft-json.ts';
import { interview, validateDate, validateCount, departmentChoices, REGION_CHOICES, type Prompter } from '../../src/entry/interview.ts';
import { regionMatches } from '../../src/entry/region-search.ts';
import { sampleDraft } from './helpers.ts';
import { notePath } from '../../src/entry/note-template.ts';
import { emptyDraft, isBlankDraft, type NoteDraft } from '../../src/entry/draft.ts';

describe('item lines', () => {
  it('takes theme tags and the vote count out of the text', () => {
    expect(parseItemLine('- Saisir une situation demande quatre écrans. #saisie #interop (12 votes)')).toEqual({
      text: 'Saisir une situation demande quatre écrans.',
      themes: ['saisie', 'interop'],
      votes: 12,
    });
    expect(parseItemLine('La #saisie est lente')).toEqual({ text: 'La saisie est lente', themes: ['saisie'], votes: null });
    expect(parseItemLine('Le dossier #123 est perdu')).toEqual({ text: 'Le dossier #123 est perdu', themes: [], votes: null });
  });

  it('leaves a vote count the parser would reject in the text, for check to report', () => {
    expect(parseItemLine('Texte (2,5 votes)').text).toBe('Texte (2,5 votes)');
    expect(parseItemLine('Texte #saisie (3 votes) (4 votes)')).toEqual({ text: 'Texte #saisie (3 votes) (4 votes)', themes: [], votes: null });
  });

  it('formats an item back to the shorthand it was read from', () => {
    const item = { text: 'Un agenda partagé.', themes: ['agenda'], votes: 1 };
    expect(formatItemLine(item)).toBe('Un agenda partagé. #agenda (1 vote)');
    expect(parseItemLine(formatItemLine(item))).toEqual(item);
  });

  it('keeps 0 votes, which `check` reads as a count (the item said, no dot for it), apart from no vote at all', () => {
    const zero = { text: 'Un agenda partagé.', themes: [], votes: 0 };
    expect(parseItemLine('Un agenda partagé. (0 votes)')).toEqual(zero);
    expect(formatItemLine(zero)).toBe('Un agenda partagé. (0 vote)');
    expect(parseItemLine(formatItemLine(zero))).toEqual(zero);
    expect(formatItemLine({ ...zero, votes: null })).toBe('Un agenda partagé.');
    const json = readDraftJson(JSON.stringify({ region: 'Bretagne', elements: { besoins: [{ texte: 'Un agenda partagé.', votes: 0 }, 'Des SMS. (0 votes)'] } }));
    if (!('draft' in json)) throw new Error(json.errors.join('\n'));
    expect(json.draft.items.needs.map((i) => i.votes)).toEqual([0, 0]);
    expect(readDraftJson(JSON.stringify({ region: 'Bretagne', elements: { besoins: [{ texte: 'A', votes: -1 }] } }))).toEqual({
      errors: [expect.stringContaining('« elements.besoins.0.votes »')],
    });
  });
});

describe('JSON drafts', () => {
  it('reads a draft written with French keys, items as shorthand or objects', () => {
    const result = readDraftJson(
      JSON.stringify({
        lieu: 'Saintes',
        date: '2026-09-12',
        region: 75,
        departements: [17],
        elements: { fonctionne: ['Rapide. #saisie (3 votes)'], besoins: [{ texte: 'Un tableau de bord', themes: ['pilotage'] }] },
      }),
    );
    if (!('draft' in result)) throw new Error(result.errors.join('\n'));
    expect(result.draft.region).toBe('75');
    expect(result.draft.departements).toEqual(['17']);
    expect(result.draft.items.working).toEqual([{ text: 'Rapide.', themes: ['saisie'], votes: 3 }]);
    expect(result.draft.items.needs).toEqual([{ text: 'Un tableau de bord', themes: ['pilotage'], votes: null }]);
  });

  it('reads a format and profiles as a note reads them (« visio », « conseillers »)', () => {
    const result = readDraftJson(JSON.stringify({ region: 'Bretagne', format: 'En visio', participants: { profils: { Conseillers: 3, jeunes: 9 } } }));
    expect('draft' in result && result.draft).toMatchObject({ format: 'distanciel', participants: { profils: { conseiller: 3, jeune: 9 } } });
  });

  it('names every wrong key in French', () => {
    const result = readDraftJson(
      JSON.stringify({ date: '2026-09-12', region: 'Bretagne', format: 'webcam', participants: { total: -2, profils: { élus: 2 } }, autre: 1 }),
    );
    expect('errors' in result && result.errors).toEqual([
      '« format » : format inconnu : présentiel, distanciel (ou « visio », « à distance ») ou hybride.',
      expect.stringContaining('« participants.total »'),
      '« participants.profils.élus » : profil inconnu (profils possibles : conseiller, direction, accueil, partenaire, jeune, autre).',
      expect.stringContaining('« autre »'),
    ]);
    expect(readDraftJson('{ pas du json')).toEqual({ errors: [expect.stringMatching(/^Le fichier n’est pas du JSON valide \(ligne 1, colonne 3\)/)] });
    // An impossible date is refused, not written as a note named « date-a-preciser-… ».
    expect(readDraftJson(JSON.stringify({ region: 'Bretagne', lieu: 'Brest', date: '2026-02-30' }))).toEqual({
      errors: ["« date » : date impossible : le 30/02/2026 n’existe pas — jour impossible, février n’a que 28 jours. Vérifiez le jour : en février 2026, il va de 1 à 28."],
    });
    expect('draft' in readDraftJson(JSON.stringify({ region: 'Bretagne', date: '30/09/2026' }))).toBe(true);
    // An unknown region is refused (it named the note's folder and title), with the region meant.
    expect(readDraftJson(JSON.stringify({ region: 'Bretagen', lieu: 'Brest' }))).toEqual({ errors: ['« region » : région inconnue « Bretagen » : vouliez-vous écrire « Bretagne » ?'] });
    expect(readDraftJson(JSON.stringify({ region: 'Atlantide' }))).toEqual({
      errors: ['« region » : région inconnue « Atlantide » : écrivez son nom (« Bretagne », « PACA »…) ou son code INSEE (« 53 »).'],
    });
    expect('draft' in readDraftJson(JSON.stringify({ region: 'PACA' }))).toBe(true);
  });

  it('says in French, with its line and column, where the file stops being JSON; never JSON.parse’s English', () => {
    const errors = (json: string) => {
      const result = readDraftJson(json);
      return 'errors' in result ? result.errors : [];
    };
    // A draft pasted from a chat, with its code fence.
    expect(errors('```json\n{ "region": "Bretagne" }\n```')).toEqual(["Le fichier n’est pas du JSON valide (ligne 1, colonne 1) : caractère inattendu « ` »."]);
    expect(errors('{\n  "region": "Bretagne",\n}')).toEqual(["Le fichier n’est pas du JSON valide (ligne 3, colonne 1) : virgule en trop avant « } »."]);
    expect(errors('{\n  "region": "Bretagne"\n  "lieu": "Brest"\n}')).toEqual([
      'Le fichier n’est pas du JSON valide (ligne 3, colonne 3) : caractère inattendu « " », alors qu’on attend une virgule ou « } ».',
    ]);
    expect(errors('{ "region": “Bretagne” }')).toEqual([
      'Le fichier n’est pas du JSON valide (ligne 1, colonne 13) : caractère inattendu « “ » : les clés et les textes s’écrivent entre guillemets droits doubles « " ».',
    ]);
    expect(errors('{ "region": "Bretagne"')).toEqual(["Le fichier n’est pas du JSON valide (ligne 1, colonne 23) : le fichier s’arrête avant la fin du JSON (il manque « } »)."]);
    for (const json of ['```json', '{ "a": 01 }', '{ "a": "x\\q" }', "{ 'a': 1 }", '[1,]', '{ "a": 1 } }', '', '{ "a": "ligne\nsuite" }']) {
      const [message = ''] = errors(json);
      expect(message).toMatch(/^Le fichier n’est pas du JSON valide \(ligne \d+, colonne \d+\) : /);
      expect(message).not.toMatch(/Unexpected|token|JSON at|position|is not valid|Expected|Bad|Unterminated/);
    }
    // A byte order mark (Notepad) is no error.
    expect('draft' in readDraftJson('\uFEFF{ "region": "Bretagne" }')).toBe(true);
  });

  it('names an unknown key with where it is and the keys possible there', () => {
    const result = readDraftJson(
      JSON.stringify({ region: 'Bretagne', couleur: 'bleu', participants: { total: 3, nombre: 3 }, elements: { fonctionne: [{ texte: 'Rapide.', vote: 2 }] } }),
    );
    expect('errors' in result && result.errors).toEqual([
      'Clé inconnue « nombre » dans « participants » (clés possibles : total, profils).',
      'Clé inconnue « vote » dans « elements.fonctionne.0 » (clés possibles : texte, themes, votes).',
      'Clé inconnue « couleur » au premier niveau du brouillon (clés possibles : titre, lieu, date, format, region, departements, structures, ambassadeurs, participants, jeunes, contexte, elements).',
    ]);
    expect(readDraftJson('[]')).toEqual({ errors: [expect.stringMatching(/^Le brouillon doit être un objet JSON, entre « \{ » et « \} » : /)] });
  });

  it('round-trips through draftToJson', () => {
    const draft = sampleDraft();
    expect(readDraftJson(JSON.stringify(draftToJson(draft)))).toEqual({ draft, notices: [] });
  });

  it('splits an element holding a pasted list where the note reader would, and says what it did', () => {
    // Pasted from a scanned cahier: Word's Symbol bullets, a wrapped line, a glyph inside a line.
    const pasted = [
      '\uF0B7 Rouvrir le guichet de la gare.',
      '\uF0B7 Des bus le dimanche pour aller',
      'au marché.',
      '\uF0B7 Un médecin de garde \uF0A7 le soir. \uF0B7 Moins de formulaires.',
    ].join('\n');
    const result = readDraftJson(JSON.stringify({ region: 'Bretagne', elements: { besoins: [pasted] } }));
    if (!('draft' in result)) throw new Error(result.errors.join('\n'));
    expect(result.draft.items.needs.map((item) => item.text)).toEqual([
      'Rouvrir le guichet de la gare.',
      // Kept on its two lines: written so in the note, where the reader's own rules apply.
      'Des bus le dimanche pour aller\nau marché.',
      // « le soir » does not start a statement: the glyph is removed; « Moins » does: the glyph separates.
      'Un médecin de garde le soir.',
      'Moins de formulaires.',
    ]);
    expect(result.notices).toEqual([
      "L’élément 1 de « Besoins et attentes » tient 4 retours, un par puce, numéro ou paragraphe : ils sont écrits comme 4 éléments.",
      "L’élément 1 de « Besoins et attentes » contient 2 caractères de puce de Word ou d’un PDF (polices Symbol, Wingdings) au milieu d’une ligne : 1 sépare deux retours, 1 est retiré.",
    ]);
  });

  it('reads lines numbered without a dot, a lead-in, a section title and a lone theme as the reader would', () => {
    const result = readDraftJson(
      JSON.stringify({
        region: 'Bretagne',
        elements: {
          dysfonctionne: ['1 Le car scolaire passe trop tôt.\n2- Les horaires de la poste\nchangent sans cesse.\n3/ 80 km pour un ophtalmologue.'],
          besoins: ['Transports :\n- Un car le samedi\n- Du covoiturage organisé', '## Besoins et attentes', '1. Un guichet unique', '#sante', '3 conseillers sur 10 sont partis.'],
        },
      }),
    );
    if (!('draft' in result)) throw new Error(result.errors.join('\n'));
    expect(result.draft.items.broken.map((item) => item.text)).toEqual([
      'Le car scolaire passe trop tôt.',
      'Les horaires de la poste\nchangent sans cesse.',
      '80 km pour un ophtalmologue.',
    ]);
    expect(result.draft.items.needs).toEqual([
      { text: 'Transports : Un car le samedi', themes: [], votes: null },
      { text: 'Transports : Du covoiturage organisé', themes: [], votes: null },
      { text: 'Un guichet unique', themes: [], votes: null },
      // No text: kept, so that the note says so (element-vide) instead of it vanishing.
      { text: '', themes: ['sante'], votes: null },
      // A number alone is no numbering.
      { text: '3 conseillers sur 10 sont partis.', themes: [], votes: null },
    ]);
    expect(result.notices).toEqual([
      "L’élément 1 de « Ce qui dysfonctionne » tient 3 retours, un par puce, numéro ou paragraphe : ils sont écrits comme 3 éléments.",
      "L’élément 1 de « Besoins et attentes » : « Transports : » introduit la liste : il précède chacun de ses 2 éléments.",
      "L’élément 1 de « Besoins et attentes » tient 2 retours, un par puce, numéro ou paragraphe : ils sont écrits comme 2 éléments.",
      "L’élément 2 de « Besoins et attentes » : « ## Besoins et attentes » est le titre d’une partie (« Besoins et attentes »), pas un retour : il n’est pas écrit.",
    ]);
  });
});

/** A prompter that answers from a script and records the questions. */
function scripted(answers: unknown[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = <T>(message: string): Promise<T> => {
    asked.push(message);
    if (!answers.length) throw new Error(`Pas de réponse prévue pour : ${message}`);
    return Promise.resolve(answers.shift() as T);
  };
  return {
    asked,
    select: (q) => next(q.message),
    // What is typed, then Enter: the first region the list shows for it.
    search: async (q) => {
      const typed = await next<string>(q.message);
      const first = q.source(typed).choices[0];
      if (!first) throw new Error(`Aucun choix pour « ${typed} »`);
      return first.value;
    },
    checkbox: (q) => next(q.message),
    input: async (q) => {
      const value = await next<string>(q.message);
      const verdict = q.validate?.(value) ?? true;
      if (verdict !== true) throw new Error(verdict);
      return value;
    },
    confirm: (q) => next(q.message),
  };
}

describe('the questions of `new`', () => {
  it('lists the 18 regions and the departments of the chosen one', () => {
    expect(REGION_CHOICES).toHaveLength(18);
    expect(REGION_CHOICES[0]).toEqual({ name: 'Auvergne-Rhône-Alpes', value: '84' });
    expect(departmentChoices('53').map((c) => c.value)).toEqual(['22', '29', '35', '56']);
  });

  it('finds the region by what an ambassador types: a short name, an abbreviation, a département, a typo', () => {
    const first = (typed: string) => regionMatches(typed).choices[0]?.name;
    // A list that jumps to the first name starting with the letters typed chose Pays de la Loire for « PACA ».
    expect(first('PACA')).toBe("Provence-Alpes-Côte d'Azur");
    expect(first('IDF')).toBe('Île-de-France');
    expect(first('Ile')).toBe('Île-de-France');
    expect(first('Reunion')).toBe('La Réunion');
    expect(first('Finistère')).toBe('Bretagne');
    expect(first('29')).toBe('Bretagne');
    expect(first('sud')).toBe("Provence-Alpes-Côte d'Azur");
    // Letters inside a name narrow the list to every region holding them.
    // Loire is also a département (of Auvergne-Rhône-Alpes): listed after, and said so.
    expect(regionMatches('loire').choices).toEqual([
      { name: 'Centre-Val de Loire', value: '24' },
      { name: 'Pays de la Loire', value: '52' },
      { name: 'Auvergne-Rhône-Alpes', value: '84', description: 'région du département Loire (42)' },
    ]);
    expect(regionMatches('loire').note).toBeNull();
    // A typo: the region meant, said as a guess above it.
    expect(regionMatches('Bretagen')).toEqual({ note: 'Aucune région ne s’appelle « Bretagen » : vouliez-vous dire Bretagne ?', choices: [{ name: 'Bretagne', value: '53' }] });
    // Nothing close: every region, never an empty list.
    expect(regionMatches('xyzzy').choices).toHaveLength(18);
    expect(regionMatches('').choices).toEqual(REGION_CHOICES);
  });

  it('validates dates and counts with the parser’s rules, in French', () => {
    expect(validateDate('2026-09-12')).toBe(true);
    expect(validateDate('12/09/2026')).toBe(true);
    // The three forms the question and the form's hint give as examples.
    expect(validateDate('12 septembre 2026')).toBe(true);
    expect(validateDate('2026-02-30')).toMatch(/^Date impossible : le 30\/02\/2026 n’existe pas — jour impossible, février n’a que 28 jours/);
    // The dry run's advice, without the note's « date: »: the corrected value to type.
    expect(validateDate('12 septmbre 2026')).toBe('Date illisible : « 12 septmbre 2026 » — mois mal écrit : « septmbre » pour « septembre ». Vouliez-vous écrire « 12 septembre 2026 » (soit 2026-09-12) ?');
    expect(validateCount('', true)).toBe(true);
    expect(validateCount('douze', true)).toMatch(/nombre entier/);
  });

  it('builds the draft from the answers, in order', async () => {
    const prompter = scripted([
      'bretagne', // region, typed
      'Quimper', // lieu
      '18/11/2026', // date
      'presentiel',
      true, // jeunes
      ['29'], // departements
      'Mission Locale du Pays de Cornouaille',
      '', // end of structures
      'Maëlle K.',
      '', // end of ambassadors
      '11', // total
      ['jeune', 'conseiller'],
      '9',
      '2',
      'On est bien reçus. #accueil',
      '', // next part
      '', // no broken item
      'Des SMS de rappel (4 votes)',
      '',
    ]);
    const draft = await interview(prompter);
    expect(draft).toMatchObject({
      region: '53',
      lieu: 'Quimper',
      date: '2026-11-18',
      jeunes: true,
      departements: ['29'],
      structures: ['Mission Locale du Pays de Cornouaille'],
      ambassadeurs: ['Maëlle K.'],
      participants: { total: 11, profils: { jeune: 9, conseiller: 2 } },
      items: {
        working: [{ text: 'On est bien reçus.', themes: ['accueil'], votes: null }],
        broken: [],
        needs: [{ text: 'Des SMS de rappel', themes: [], votes: 4 }],
      },
    });
    expect(prompter.asked[0]).toBe('Région de l’atelier (tapez son nom, « PACA », ou un département) :');
    // The first item is asked at once: no yes/no question before a part, where the guide's reader typed it.
    expect(prompter.asked.slice(-5)).toEqual([
      'Élément de « Ce qui fonctionne » n° 1 (vide pour passer à la partie suivante) :',
      'Élément de « Ce qui fonctionne » n° 2 (vide pour passer à la partie suivante) :',
      'Élément de « Ce qui dysfonctionne » n° 1 (vide pour passer à la partie suivante) :',
      'Élément de « Besoins et attentes » n° 1 (vide pour terminer la note) :',
      'Élément de « Besoins et attentes » n° 2 (vide pour terminer la note) :',
    ]);
  });

  it('lets place and date wait (recommended, as on the form), but not a wrong date', async () => {
    const prompter = scripted(['53', '', '', 'presentiel', false, ['29'], '', '', '', [], '', '', '']);
    const draft = await interview(prompter);
    expect(draft).toMatchObject({ lieu: '', date: '' });
    expect(notePath(draft)).toBe('content/ateliers/bretagne/date-a-preciser-atelier.md');
    await expect(interview(scripted(['53', 'Quimper', '2026-02-30']))).rejects.toThrow(/Date impossible/);
  });

  it('does not ask for departments when the region has only one', async () => {
    const prompter = scripted(['04', 'Saint-Pierre', '2026-10-22', 'distanciel', false, '', '', '', [], '', '', '']);
    const draft = await interview(prompter);
    expect(draft.departements).toEqual(['974']);
    expect(prompter.asked.some((q) => q.startsWith('Départements'))).toBe(false);
  });
});

describe('a blank draft', () => {
  it('is the form as it opens, and stops being blank at the first thing written or chosen', () => {
    expect(isBlankDraft(emptyDraft())).toBe(true);
    // Items added but left empty are nothing written yet.
    expect(isBlankDraft({ ...emptyDraft(), items: { working: [{ text: ' ', themes: [], votes: null }], broken: [], needs: [] } })).toBe(true);
    const changes: Array<Partial<NoteDraft>> = [
      { lieu: 'Quimper' },
      { region: 'Bretagne' },
      { format: 'distanciel' },
      { jeunes: true },
      { departements: ['29'] },
      { participants: { total: 12, profils: {} } },
      { items: { working: [], broken: [{ text: 'Lenteurs', themes: [], votes: null }], needs: [] } },
      { items: { working: [], broken: [], needs: [{ text: '', themes: [], votes: 3 }] } },
    ];
    for (const change of changes) expect(isBlankDraft({ ...emptyDraft(), ...change }), JSON.stringify(change)).toBe(false);
    expect(isBlankDraft(sampleDraft())).toBe(false);
  });
});
