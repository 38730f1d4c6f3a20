import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { toVFiles } from '../../src/cli/check-report.ts';
import { frenchReport, streamStyle, wrap } from '../../src/cli/french-reporter.ts';
import type { Diagnostic } from '../../src/pipeline/model.ts';

const LONG_HINT =
  'Ces réponses ne disent ni ce qui fonctionne, ni ce qui dysfonctionne, ni ce qui manque : elles sont comptées comme écartées dans le bilan.';

function diagnostic(fields: Partial<Diagnostic> & Pick<Diagnostic, 'line' | 'message'>): Diagnostic {
  return { code: 'essai', severity: 'warning', file: 'data/enquetes/essai.csv', column: 1, ...fields };
}

const DIAGNOSTICS: Diagnostic[] = [
  diagnostic({ line: 235, column: 9, message: 'Donnée personnelle masquée avant publication : adresse électronique.', code: 'donnee-personnelle' }),
  diagnostic({ line: 10, column: 9, message: '60 non-réponses écartées dans « Commentaire libre ».', hint: LONG_HINT, code: 'non-reponses-ecartees' }),
  diagnostic({ file: 'content/ateliers/a.md', line: 3, message: 'Région « 99 » inconnue.', severity: 'blocking', code: 'region-inconnue', hint: 'Indiquez un code INSEE.' }),
];

describe('le compte rendu des diagnostics, en français', () => {
  it('dit « erreur » et « avertissement », met le conseil sous le message et range chaque fichier par ligne', () => {
    const report = frenchReport(toVFiles(DIAGNOSTICS), { color: false });
    expect(report).toBe(
      [
        'data/enquetes/essai.csv',
        '  10:9   avertissement  60 non-réponses écartées dans « Commentaire libre ». [non-reponses-ecartees]',
        `                        Conseil : ${LONG_HINT}`,
        '  235:9  avertissement  Donnée personnelle masquée avant publication : adresse électronique. [donnee-personnelle]',
        '',
        'content/ateliers/a.md',
        '  3:1  erreur         Région « 99 » inconnue. [region-inconnue]',
        '                      Conseil : Indiquez un code INSEE.',
      ].join('\n'),
    );
    expect(report).not.toMatch(/warning|error/);
  });

  it('replie les lignes à la largeur du terminal, sous le message, sans couper aux espaces insécables', () => {
    const report = frenchReport(toVFiles(DIAGNOSTICS), { color: false, width: 72 });
    const lines = report.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(72);
    expect(lines.filter((line) => line.startsWith(' '.repeat(24)) && !line.includes('Conseil')).length).toBeGreaterThan(1);
    // Every word of the advice is still there, in order.
    expect(report.replace(/\s+/g, ' ')).toContain(`Conseil : ${LONG_HINT}`);
    expect(wrap('« Commentaire\u00a0libre » : rien de plus', 2, 32)).toBe('  « Commentaire\u00a0libre » : rien\n  de plus');
    // Nor after an opening « or before a closing », : or ? written with ordinary spaces.
    expect(wrap('Écrivez la date sous la forme « date: 2026-09-12 » ?', 0, 30).split('\n')).toEqual([
      'Écrivez la date sous la forme',
      '« date: 2026-09-12 » ?',
    ]);
  });

  it('colore en terminal, et seulement si on le lui demande', () => {
    const plain = frenchReport(toVFiles(DIAGNOSTICS), { color: false });
    const colored = frenchReport(toVFiles(DIAGNOSTICS), { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(colored).toMatch(/\u001b\[31m\u001b\[1merreur/);
    expect(stripVTControlCharacters(colored)).toBe(plain);
    expect(streamStyle({ isTTY: false, columns: 80, hasColors: () => true })).toEqual({ color: false });
    expect(streamStyle({ isTTY: true, columns: 80, hasColors: () => false })).toEqual({ color: false, width: 80 });
  });
});

describe('un même conseil répété', () => {
  it('n’est écrit qu’une fois par fichier et par code, au premier message, qui compte les suivants', () => {
    const same = 'Placez l’élément sous la bonne partie.';
    const report = frenchReport(
      toVFiles([
        diagnostic({ line: 5, message: 'Élément A.', code: 'etiquette-deduite', hint: same }),
        diagnostic({ line: 6, message: 'Élément B.', code: 'etiquette-deduite', hint: same }),
        diagnostic({ line: 7, message: 'Autre code.', code: 'doublon', hint: same }),
        diagnostic({ line: 8, message: 'Élément C.', code: 'etiquette-deduite', hint: same }),
        diagnostic({ line: 9, message: 'Élément D.', code: 'etiquette-deduite', hint: 'Un conseil à lui.' }),
        diagnostic({ file: 'content/ateliers/b.md', line: 2, message: 'Élément E.', code: 'etiquette-deduite', hint: same }),
      ]),
      { color: false },
    );
    expect(report.split('\n')).toEqual([
      'data/enquetes/essai.csv',
      '  5:1  avertissement  Élément A. [etiquette-deduite]',
      `                      Conseil : ${same} (même conseil pour les 2 suivants [etiquette-deduite])`,
      '  6:1  avertissement  Élément B. [etiquette-deduite]',
      '  7:1  avertissement  Autre code. [doublon]',
      `                      Conseil : ${same}`,
      '  8:1  avertissement  Élément C. [etiquette-deduite]',
      '  9:1  avertissement  Élément D. [etiquette-deduite]',
      '                      Conseil : Un conseil à lui.',
      '',
      'content/ateliers/b.md',
      '  2:1  avertissement  Élément E. [etiquette-deduite]',
      `                      Conseil : ${same}`,
    ]);
  });
});
