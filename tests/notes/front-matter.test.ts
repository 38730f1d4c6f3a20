import { describe, expect, it } from 'vitest';
import { codes, FRONT_MATTER, parse } from './helpers.ts';

const BODY = '\n## Ce qui fonctionne\n- Un élément.\n';
const withHeader = (lines: string) => `---\n${lines}\n---\n${BODY}`;
const blocking = (result: ReturnType<typeof parse>) => result.diagnostics.filter((d) => d.severity === 'blocking').map((d) => d.code);

describe('front matter of a workshop note', () => {
  it('accepts a complete header without a single diagnostic', () => {
    expect(codes(parse(FRONT_MATTER + BODY))).toEqual([]);
  });

  it('reports each problem at the line of its key, not line 1', () => {
    const result = parse(
      withHeader(
        [
          'titre: Atelier',
          'date: 2026-13-01', // line 3
          'format: webinaire',
          'region: Bretagne',
          'departements: ["35", "2C"]', // line 6
          'participants:',
          '  total: -4', // line 8
        ].join('\n'),
      ),
    );
    expect(codes(result)).toEqual(['date-invalide@3', 'departement-inconnu@6', 'champ-invalide@8']);
    expect(result.diagnostics.find((d) => d.code === 'departement-inconnu')?.column).toBe(22);
    expect(result.sessions[0]?.format).toBe('distanciel');
  });

  it.each([
    ['2026-02-30', 'date-invalide'],
    ['2025-02-29', 'date-invalide'],
    ['2028-02-29', null],
    ['29/02/2028', null],
    ['2026-9-1', null],
    ['1926-09-12', 'date-invalide'],
    ['demain', 'date-invalide'],
    ['20260912', 'date-invalide'],
  ])('date %j → %s', (date, code) => {
    const result = parse(withHeader(`titre: A\ndate: ${date}\nformat: presentiel\nregion: Bretagne`));
    expect(blocking(result)).toEqual(code ? [code] : []);
  });

  it.each([
    ['12 octobre 2026', 'le 12 octobre 2026'],
    ['12-10-2026', 'le 12 octobre 2026'],
    ['2026/10/12', 'le 12 octobre 2026'],
    ['12/10/26', 'le 12 octobre 2026'],
    ['lundi 1er oct. 2026', 'le 1er octobre 2026'],
  ])('reads the date %j as an ambassador means it, and says how (date-lue)', (date, read) => {
    const expected = read === 'le 1er octobre 2026' ? '2026-10-01' : '2026-10-12';
    // Filed under the same date: a file name saying another day is another warning (date-file-name.test.ts).
    const result = parse(withHeader(`titre: A\ndate: ${date}\nformat: presentiel\nregion: Bretagne`), `content/ateliers/bretagne/${expected}-rennes.md`);
    expect(blocking(result)).toEqual([]);
    expect(result.sessions[0]?.date).toBe(expected);
    const notice = result.diagnostics.find((d) => d.code === 'date-lue');
    expect(notice).toMatchObject({ severity: 'info', line: 3 });
    expect(notice?.message).toBe(`La date « ${date} » est lue comme ${read} (${expected}).`);
    expect(notice?.hint).toContain(`« date: ${expected} »`);
  });

  it.each(['2026-10-12', '12/10/2026'])('says nothing of a date written as documented (%j)', (date) => {
    const result = parse(withHeader(`titre: A\ndate: ${date}\nformat: presentiel\nregion: Bretagne`), 'content/ateliers/bretagne/2026-10-12-rennes.md');
    expect(result.diagnostics.filter((d) => d.code.startsWith('date'))).toEqual([]);
  });

  it.each(['12 ju 2026', '31 septembre 2026', '12-10'])('still blocks a date that is none or reads two ways (%j)', (date) => {
    const result = parse(withHeader(`titre: A\ndate: ${date}\nformat: presentiel\nregion: Bretagne`));
    expect(blocking(result)).toEqual(['date-invalide']);
  });

  const dateInvalid = (date: string) => {
    const result = parse(withHeader(`titre: A\ndate: ${date}\nformat: presentiel\nregion: Bretagne`));
    expect(blocking(result)).toEqual(['date-invalide']);
    const found = result.diagnostics.find((d) => d.code === 'date-invalide');
    expect(found?.line).toBe(3);
    return { message: found?.message, hint: found?.hint };
  };

  it('quotes a date it cannot read at all, and gives the forms it reads, the closest to what was written first', () => {
    expect(dateInvalid('demain')).toEqual({
      message: 'Date illisible : « demain » n’est pas une date.',
      hint: 'Écrivez la date de l’atelier sous l’une des formes lues : « date: 12 septembre 2026 », « date: 2026-09-12 » ou « date: 12/09/2026 ».',
    });
    expect(dateInvalid('??/??/2026').hint).toContain('formes lues : « date: 12/09/2026 », « date: 2026-09-12 » ou « date: 12 septembre 2026 »');
  });

  it.each([
    ['31/09/2026', 'Date impossible : le 31/09/2026 n’existe pas — jour impossible, septembre n’a que 30 jours.', 'Vérifiez le jour : en septembre 2026, il va de 1 à 30.'],
    ['2025-02-29', 'Date impossible : le 29/02/2025 n’existe pas — jour impossible, 2025 n’est pas une année bissextile : février 2025 a 28 jours.', 'Vérifiez le jour : en février 2025, il va de 1 à 28.'],
    ['12 septmbre 2026', 'Date illisible : « 12 septmbre 2026 » — mois mal écrit : « septmbre » pour « septembre ».', 'Vouliez-vous écrire « date: 12 septembre 2026 » (soit 2026-09-12) ?'],
    ['31 septmbre 2026', 'Date illisible : « 31 septmbre 2026 » — mois mal écrit : « septmbre » pour « septembre ».', 'Écrivez « septembre », et vérifiez le jour : en septembre 2026, il va de 1 à 30.'],
    ['12 ju 2026', 'Date illisible : « 12 ju 2026 » — le mois « ju » peut être juin ou juillet.', 'Écrivez le mois en entier : « date: 12 juin 2026 » ou « date: 12 juillet 2026 ».'],
    ['2026-13-01', 'Date impossible : le mois 13 n’existe pas (un mois va de 1 à 12).', 'Le jour et le mois sont-ils inversés ? Ce serait le 13 janvier 2026 : « date: 2026-01-13 ».'],
    ['20260912', 'Date illisible : « 20260912 » — les chiffres sont collés, sans séparateur entre l’année, le mois et le jour.', 'Séparez-les : « date: 2026-09-12 ».'],
    ['12/09', 'Date incomplète : « 12/09 » n’a pas d’année.', 'Ajoutez l’année en quatre chiffres : « date: 12/09/AAAA », AAAA étant l’année de l’atelier.'],
    ['12/09-2026', 'Date illisible : « 12/09-2026 » — deux séparateurs différents, « / » et « - ».', 'Gardez le même partout : « date: 12/09/2026 ».'],
    [
      'samedi 12/09/2026 matin',
      'Date illisible : « samedi 12/09/2026 matin » — la date « 12/09/2026 » est entourée d’autres mots.',
      'Gardez la date seule : « date: 12/09/2026 » ; une précision (horaire, lieu, « à confirmer ») va dans le contexte de la note.',
    ],
  ])('says exactly what is wrong with %j, almost a date, and what to write', (date, message, hint) => {
    expect(dateInvalid(date)).toEqual({ message, hint });
  });

  it('reads « 2026-9-12 » (month and day without their zero) as the date, without a word', () => {
    const result = parse(withHeader('titre: A\ndate: 2026-9-12\nformat: presentiel\nregion: Bretagne'));
    expect(result.diagnostics).toEqual([]);
    expect(result.sessions[0]?.date).toBe('2026-09-12');
  });

  it('normalises the date to ISO', () => {
    expect(parse(withHeader('titre: A\ndate: 1/9/2026\nformat: presentiel\nregion: 53')).sessions[0]?.date).toBe('2026-09-01');
  });

  it.each([
    ['presentiel', 'presentiel'],
    ['Présentiel', 'presentiel'],
    ['à distance', 'distanciel'],
    ['visio', 'distanciel'],
    ['Mixte', 'hybride'],
  ])('format %j → %s', (format, expected) => {
    const result = parse(withHeader(`titre: A\ndate: 2026-09-12\nformat: ${format}\nregion: Bretagne`));
    expect(blocking(result)).toEqual([]);
    expect(result.sessions[0]?.format).toBe(expected);
  });

  it('blocks on an unknown format, at its line', () => {
    expect(codes(parse(withHeader('titre: A\ndate: 2026-09-12\nformat: enquete\nregion: Bretagne')))).toEqual(['format-inconnu@4']);
  });

  it('reports a wrong region once, with the closest region as hint, and still reads every item', () => {
    const body = '\n## Ce qui fonctionne\n- Un.\n- Deux.\n- Trois.\n';
    const result = parse(`---\ntitre: A\ndate: 2026-09-12\nformat: presentiel\nregion: Normandi\n---\n${body}`);
    expect(codes(result)).toEqual(['region-inconnue@5']);
    expect(result.diagnostics[0]?.hint).toContain('Normandie');
    expect(result.items).toHaveLength(3);
    expect(result.items.every((item) => item.region === null)).toBe(true);
  });

  it('warns when the folder names another region', () => {
    const result = parse(FRONT_MATTER + BODY, 'content/ateliers/normandie/atelier.md');
    expect(codes(result)).toEqual(['region-dossier@5']);
    // The advice names the folder to move it to, as the entry form and `new` name it.
    expect(result.diagnostics[0]?.hint).toContain('content/ateliers/bretagne/.');
    // The folder and the département (35) both say Bretagne against the header: that blocks (region-agreement.test.ts).
    const paca = parse(FRONT_MATTER.replace('region: Bretagne', 'region: PACA') + BODY);
    expect(paca.diagnostics.find((d) => d.code === 'region-contredite')?.hint).toContain('content/ateliers/provence-alpes-cote-d-azur/.');
  });

  it('suggests the folder region when the region is missing', () => {
    const result = parse(withHeader('titre: A\ndate: 2026-09-12\nformat: presentiel'), 'content/ateliers/grand-est/atelier.md');
    expect(codes(result)).toEqual(['region-manquante@1']);
    expect(result.diagnostics[0]?.hint).toContain('Grand Est');
  });

  it('reports an invalid YAML header once, at the YAML error line, and nothing it would cascade into', () => {
    const result = parse(withHeader('titre: A\ndate: 2026-09-12\nformat: [presentiel\nregion: Bretagne'));
    expect(codes(result)).toEqual(['yaml-invalide@4']);
    expect(blocking(result)).toEqual(['yaml-invalide']);
    expect(result.items).toHaveLength(1);
  });

  it('reports an invalid required value once, not also as missing', () => {
    expect(codes(parse(withHeader('titre: [a, b]\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne')))).toEqual(['champ-invalide@2']);
    expect(codes(parse(withHeader('titre: A\ndate: 2026-09-12\nformat: presentiel\nregion: { nom: Bretagne }')))).toEqual(['champ-invalide@5']);
  });

  it('reports an empty required value at its key', () => {
    const result = parse(withHeader('titre: A\ndate: 2026-09-12\nformat: presentiel\nregion:'));
    expect(codes(result)).toEqual(['region-manquante@5']);
    expect(result.diagnostics[0]?.hint).toBe('Écrivez la région sur la ligne « region: » de l’en-tête, par exemple « region: Bretagne ».');
  });

  it('advises to fill in an empty line (as `new` writes `date: ""`), and to add a line only when there is none', () => {
    const empty = parse(withHeader('titre: ""\ndate: ""\nformat:\nregion: Bretagne'));
    expect(codes(empty)).toEqual(['titre-manquant@2', 'date-manquante@3', 'format-manquant@4']);
    const hints = new Map(empty.diagnostics.map((d) => [d.code, d.hint]));
    expect(hints.get('date-manquante')).toBe('Écrivez la date sur la ligne « date: » de l’en-tête, par exemple « date: 2026-09-12 ».');
    expect(hints.get('titre-manquant')).toBe('Écrivez le titre sur la ligne « titre: » de l’en-tête, par exemple « titre: Atelier <région> — <lieu> ».');
    expect(hints.get('format-manquant')).toBe(
      'Écrivez le format (presentiel, distanciel ou hybride) sur la ligne « format: » de l’en-tête, par exemple « format: presentiel ».',
    );
    for (const hint of hints.values()) expect(hint).not.toMatch(/Ajoutez|n[’']a pas de valeur/);

    const absent = parse(withHeader('titre: A\nformat: presentiel\nregion: Bretagne'));
    expect(codes(absent)).toEqual(['date-manquante@1']);
    expect(absent.diagnostics[0]?.hint).toBe('Ajoutez une ligne « date: 2026-09-12 ».');
    const noTitle = parse(withHeader('date: 2026-09-12\nformat: presentiel\nregion: Bretagne'));
    expect(noTitle.diagnostics[0]?.hint).toBe('Ajoutez une ligne « titre: Atelier <région> — <lieu> ».');
  });

  it('advises to correct a misspelt required key, not to add a line', () => {
    const result = parse(withHeader('titre: A\ndate: 2026-09-12\nformat: presentiel\nregoin: Bretagne'));
    expect(codes(result)).toEqual(['region-manquante@5']);
    expect(result.diagnostics[0]?.hint).toBe('La clé « regoin » est sans doute « region » mal orthographiée : corrigez-la, par exemple « region: Bretagne ».');
  });

  it('reports an empty header once', () => {
    expect(codes(parse(`---\n---\n${BODY}`))).toEqual(['en-tete-vide@1']);
    expect(codes(parse(`---\n- une liste\n---\n${BODY}`))).toEqual(['en-tete-invalide@1']);
  });

  it('warns on unknown keys with the closest known key, and ignores descriptive ones', () => {
    const result = parse(withHeader('titre: A\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\nlieu: Rennes\nstrucutres: [ML]'));
    expect(codes(result)).toEqual(['cle-inconnue@7']);
    expect(result.diagnostics[0]?.hint).toContain('structures');
  });

  it('warns when participants do not add up, and derives the profile', () => {
    const header = 'titre: A\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\nparticipants:\n  total: 10\n  profils:\n    conseiller: 4\n    direction: 2';
    const result = parse(withHeader(header));
    expect(codes(result)).toEqual(['participants-incoherents@7']);
    expect(result.sessions[0]?.profiles).toEqual({ conseiller: 4, direction: 2 });
    expect(result.items[0]?.profile).toBeNull();
  });

  it('collects ambassadors and participant names for anonymisation', () => {
    const header = 'titre: A\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\nambassadeurs: Jeanne Martin\nparticipants:\n  total: 4\n  noms: [Paul Durand, Léa Petit]';
    const result = parse(withHeader(header));
    expect(codes(result)).toEqual([]);
    expect(result.names).toEqual(['Jeanne Martin', 'Paul Durand', 'Léa Petit']);
  });

  it('takes one department as the department of every item, several as none', () => {
    const one = parse(FRONT_MATTER + BODY);
    expect(one.items[0]?.department).toBe('35');
    const two = parse(withHeader('titre: A\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\ndepartements: [35, 29, "35"]'));
    expect(two.sessions[0]?.departments).toEqual(['35', '29']);
    expect(two.items[0]?.department).toBeNull();
  });
});

describe('notes that are not notes', () => {
  it('never throws and reports why', () => {
    expect(codes(parse(''))).toEqual(['fichier-vide@1']);
    expect(codes(parse('\u0000\u0001binaire'))).toEqual(['fichier-binaire@1']);
    expect(codes(parse(`${FRONT_MATTER}\n## Besoins\n- caf\uFFFD\n`))).toEqual(['encodage-invalide@10']);
    expect(codes(parse(BODY))).toEqual(['en-tete-absent@1']);
  });

  it('keeps line numbers when a BOM starts the file', () => {
    const result = parse(`\uFEFF${FRONT_MATTER}${BODY}`);
    expect(codes(result)).toEqual([]);
    expect(result.items[0]?.source.line).toBe(10);
  });
});
