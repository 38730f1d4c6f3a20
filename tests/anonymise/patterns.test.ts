import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screening } from '../../src/pipeline/anonymise/names.ts';
import { PERSONAL_DATA_PATTERNS } from '../../src/pipeline/anonymise/patterns.ts';

/** The detectors alone, applied as the anonymise stage applies them (in order, each behind its `needs`). */
function mask(text: string): string {
  let result = text;
  for (const { pattern, placeholder, needs, keep } of PERSONAL_DATA_PATTERNS) {
    if (needs.test(result)) result = result.replace(pattern, (match: string, offset: number, all: string) => (keep?.(all, offset) ? match : placeholder));
  }
  return result;
}

describe('phone numbers', () => {
  it.each([
    ['Appelez le +262 692 12 34 56 demain.', 'Appelez le [téléphone] demain.'],
    ['Mayotte : +262 639 12 34 56.', 'Mayotte : [téléphone].'],
    ['Guadeloupe +590 690 12 34 56, Guyane +594 694 12 34 56', 'Guadeloupe [téléphone], Guyane [téléphone]'],
    ['Martinique 00596 696 12 34 56', 'Martinique [téléphone]'],
    ['Saint-Pierre +508 41 23 45 ; Nouméa +687 75 12 34', 'Saint-Pierre [téléphone] ; Nouméa [téléphone]'],
    ['Papeete +689 87 12 34 56', 'Papeete [téléphone]'],
    ['tél. (+33) 6 12 34 56 78', 'tél. [téléphone]'],
    ['tél. 06/12/34/56/78', 'tél. [téléphone]'],
    ['à Bruxelles +32 470 12 34 56', 'à Bruxelles [téléphone]'],
    ['à Genève +41 79 123 45 67', 'à Genève [téléphone]'],
    ['+41791234567 ou +44 20 7946 0958', '[téléphone] ou [téléphone]'],
    ['0692 12 34 56', '[téléphone]'],
    ['+33 (0)6 12 34 56 78', '[téléphone]'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['écrire à jean [at] free [dot] fr', 'écrire à [courriel]'],
    ['écrire à jean (at) free (dot) fr', 'écrire à [courriel]'],
    ['écrire à jean [arobase] free [point] fr', 'écrire à [courriel]'],
    ['écrire à jean at free dot fr merci', 'écrire à [courriel] merci'],
    ['écrire à jean.dupont@gmail merci', 'écrire à [courriel] merci'],
    ['écrire à kevin59@orange ou à jdupont@hotmail.', 'écrire à [courriel] ou à [courriel].'],
    ['lien mailto:jean%40free.fr', 'lien mailto:[courriel]'],
    ['https://ml.fr/contact?email=jean%40free.fr&x=1', 'https://ml.fr/contact?email=[courriel]&x=1'],
    ['Élodie.Martin@LaPoste.net', '[courriel]'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('IBAN', () => {
  it.each([
    ['IBAN fr76 3000 6000 0112 3456 7890 189 merci', 'IBAN [iban] merci'],
    ['IBAN FR76-3000-6000-0112-3456-7890-189.', 'IBAN [iban].'],
    ['IBAN FR7630006000011234567890189', 'IBAN [iban]'],
    ['IBAN GB29 NWBK 6016 1331 9268 19', 'IBAN [iban]'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('street addresses', () => {
  it.each([
    ['Il habite 12 rue de la Paix 75002 Paris depuis mai.', 'Il habite [adresse] depuis mai.'],
    ['au 12 bis, avenue du Général de Gaulle, 33000 Bordeaux Cedex.', 'au [adresse].'],
    ['3 place du 8 Mai 1945, à côté', '[adresse], à côté'],
    ['5 av. des Champs-Élysées', '[adresse]'],
    ['4 rue de l’Église', '[adresse]'],
    ['18 Bd Gambetta', '[adresse]'],
    ['7 impasse des Lilas', '[adresse]'],
    ['2 ter chemin du Moulin', '[adresse]'],
    ['1 lieu-dit Les Granges', '[adresse]'],
    ['9 RÉSIDENCE LES PINS', '[adresse]'],
    // Typed in lower case: an address only with its postal code.
    ['chez moi, 12 rue des lilas 75011 paris, au fond', 'chez moi, [adresse], au fond'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('dates of birth', () => {
  it.each([
    ['Kevin, né le 12/03/1998, cherche', 'Kevin, né le [date de naissance], cherche'],
    ['née le 3 mars 2001 à Lyon', 'née le [date de naissance] à Lyon'],
    ['Née le 1er janvier 2000.', 'Née le [date de naissance].'],
    ['né(e) le 12.03.98', 'né(e) le [date de naissance]'],
    ['Date de naissance : 12-03-1998', 'Date de naissance : [date de naissance]'],
    ['DDN 12/03/98 ; suivi', 'DDN [date de naissance] ; suivi'],
    ['né le 12/03/2004', 'né le [date de naissance]'],
    ['née le 3 mars 2004', 'née le [date de naissance]'],
    ['date de naissance : 12.03.2004', 'date de naissance : [date de naissance]'],
    // Typed without accents.
    ['nee le 12/03/2004', 'nee le [date de naissance]'],
    ['Ne le 3 mars 2004', 'Ne le [date de naissance]'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('years of birth', () => {
  it.each([
    ['Je suis né en 1998, donc concerné', 'Je suis né en [année de naissance], donc concerné'],
    ['Ma fille, née en 2005.', 'Ma fille, née en [année de naissance].'],
    ['né(e) en 2001', 'né(e) en [année de naissance]'],
    ['NÉE EN 1999', 'NÉE EN [année de naissance]'],
    ['Née en mars 2004 à Lyon', 'Née en [année de naissance] à Lyon'],
    ['née en Août 2003', 'née en [année de naissance]'],
    ['né en 03/2004', 'né en [année de naissance]'],
    ['né à Saint-Denis en 2003', 'né à Saint-Denis en [année de naissance]'],
    ['ma femme née en Algérie en 1962', 'ma femme née en Algérie en [année de naissance]'],
    ['Année de naissance : 2004', 'Année de naissance : [année de naissance]'],
    ['date de naissance 2006', 'date de naissance [année de naissance]'],
    ['je suis ne en 1998', 'je suis ne en [année de naissance]'],
    ['Ma fille, nee en 2005.', 'Ma fille, nee en [année de naissance].'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it.each([
    // Ordinary dates and years, ages: the data the consultation needs.
    ['l’atelier du 12/03/2024'],
    ['en 2019 la plateforme a changé'],
    ['j’ai 19 ans, je suis arrivé en 2019'],
    // A cohort, not a person.
    ['les jeunes nés en 2006 et nées en 2007'],
    // The year is someone’s arrival, not their birth.
    ['né à Paris mais arrivé en 2019'],
    ['né en France, arrivé en 2004'],
    // Not a year.
    ['né en 12 heures, un né en 20000'],
    // Without accents, only lower case: « NE EN » in capitals is not surely « né »; a negation stays.
    ['NE EN 1999'],
    ['je ne le savais pas en 2019'],
    ['les jeunes nes en 2006'],
  ])('%s stays', (input) => {
    expect(mask(input)).toBe(input);
  });

  // An institution « née en 1945 » was founded then: its date is no one’s.
  it.each([
    ['l’association, née en 1945, aide les familles'],
    ['la Mission Locale, née en 1982'],
    ['LA MISSION LOCALE, NÉE EN 1982'],
    ['la Mission Locale de Lyon, née en 1982, accompagne'],
    ['Notre association qui est née en 2010, mais la CAF est née en 1945.'],
    ['le RSA, né en 2009 ; l’association, née à Paris en 1945'],
    ['la Sécurité sociale, née le 4 octobre 1945'],
    // Not the subject, but what « née » or « né » agrees with, tied to it (no comma, or « qui »).
    ['Je travaille à la Mission Locale qui est née en 1982.'],
    ['Je travaille dans une association née en 1998 de la fusion de deux structures.'],
    ['l’association née en 1998 de la fusion de deux autres'],
    ['Je suis à l’association, qui est née en 1998.'],
    // After a comma, with no person for the participle: « il » is not « née », « que » opens the institution's clause.
    ['Il travaille à l’association, née en 1998.'],
    ['Je crois que l’association, née en 1998, a changé.'],
    // « créée », « fondée »: never a birth.
    ['Je suis à l’association, créée en 1998.'],
  ])('%s stays (an institution’s founding)', (input) => {
    expect(mask(input)).toBe(input);
  });

  it.each([
    ['je suis née en 1998', 'je suis née en [année de naissance]'],
    ['ma fille, née en 2007', 'ma fille, née en [année de naissance]'],
    ['ma fille est née en 2007', 'ma fille est née en [année de naissance]'],
    ['né le 3 mars 1990', 'né le [date de naissance]'],
    ['Sophie, née en 1982', 'Sophie, née en [année de naissance]'],
    ['Née en 1998, la Mission Locale m’a aidée', 'Née en [année de naissance], la Mission Locale m’a aidée'],
    // The institution is not the subject and the participle is not its gender (« né » of an association), or a form's.
    ['Je suis à l’association, né en 1990', 'Je suis à l’association, né en [année de naissance]'],
    ['Je travaille à la Mission Locale, né(e) en 1982', 'Je travaille à la Mission Locale, né(e) en [année de naissance]'],
    // Not the subject, and a person before it the participle may be about.
    ['j’ai vu la conseillère de la Mission Locale, née en 1990', 'j’ai vu la conseillère de la Mission Locale, née en [année de naissance]'],
    ['Le directeur du centre, né en 1960', 'Le directeur du centre, né en [année de naissance]'],
    ['Mon fils va au CCAS, né en 2001', 'Mon fils va au CCAS, né en [année de naissance]'],
    ['Karim travaille à l’association, née en 1990', 'Karim travaille à l’association, née en [année de naissance]'],
    // Set apart by a comma after a sentence about the writer or « elle »: the participle may be theirs.
    ['Je suis à l’association, née en 1998', 'Je suis à l’association, née en [année de naissance]'],
    ['Je travaille à la Mission Locale, née en 1982', 'Je travaille à la Mission Locale, née en [année de naissance]'],
    ['Je travaille au centre social, né en 1975.', 'Je travaille au centre social, né en [année de naissance].'],
    ['J’ai rejoint l’association, née en 1998', 'J’ai rejoint l’association, née en [année de naissance]'],
    ['Elle travaille à la Mission Locale, née en 1990', 'Elle travaille à la Mission Locale, née en [année de naissance]'],
    ['Nous sommes à la CAF, née en 1945', 'Nous sommes à la CAF, née en [année de naissance]'],
    // A person after the institution: a first name, a person’s noun.
    ['l’association de Karim, né en 1990', 'l’association de Karim, né en [année de naissance]'],
    ['l’entreprise de mon père, né en 1950', 'l’entreprise de mon père, né en [année de naissance]'],
    ['l’aide à domicile, née en 1960', 'l’aide à domicile, née en [année de naissance]'],
    ['La Réunion, née en 1998 ; la Mission Locale. Née en 1998', 'La Réunion, née en [année de naissance] ; la Mission Locale. Née en [année de naissance]'],
    ['la CAF, date de naissance : 2004', 'la CAF, date de naissance : [année de naissance]'],
  ])('%s (a person’s)', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('licence plates', () => {
  it.each([
    ['sa voiture AB-123-CD est garée', 'sa voiture [immatriculation] est garée'],
    ['plaque AB 123 CD.', 'plaque [immatriculation].'],
    // Old FNI plates and SIV without separators: after a vehicle word in the same sentence.
    ['sa voiture immatriculée 1234 AB 56 est garée', 'sa voiture immatriculée [immatriculation] est garée'],
    ['son scooter (123 ABC 75) a été volé', 'son scooter ([immatriculation]) a été volé'],
    ['la plaque : 12 A 2B', 'la plaque : [immatriculation]'],
    ['véhicule 456 AB 974.', 'véhicule [immatriculation].'],
    ['VÉHICULE 1234-AB-56', 'VÉHICULE [immatriculation]'],
    ['Plaque 1234AB56, voiture AB123CD', 'Plaque [immatriculation], voiture [immatriculation]'],
    // The vehicle word after the plate, in the same sentence.
    ['la 1234 AB 75 de ma voiture', 'la [immatriculation] de ma voiture'],
    ['la 1234 AB 75 immatriculée à Paris', 'la [immatriculation] immatriculée à Paris'],
    ['le 123 ABC 75, un scooter volé', 'le [immatriculation], un scooter volé'],
    ['12 A 2B (ma moto)', '[immatriculation] (ma moto)'],
    ['AB123CD, ma voiture', '[immatriculation], ma voiture'],
    // The SIV format anywhere, with spaces in capitals next to a vehicle word.
    ['la AB-123-CD de ma voiture, la AB 123 CD de mon scooter', 'la [immatriculation] de ma voiture, la [immatriculation] de mon scooter'],
    ['PLAQUE AB 123 CD', 'PLAQUE [immatriculation]'],
    ['LA AB 123 CD DE MA VOITURE', 'LA [immatriculation] DE MA VOITURE'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it.each([
    // The bare shape, without a vehicle word: also ordinary text.
    ['1234 AB 56'],
    ['123 ABC 75 et 12 A 2B'],
    ['de 14H35 à 16H42, 1 H 30 de trajet'],
    // After a vehicle word: units, short words in capitals, times, amounts, addresses.
    ['une voiture de 100 CV 75 % du temps'],
    ['en voiture 1 H 30 de trajet, 2 CV 13'],
    ['VOITURE ENTRE 30 ET 45 MIN, 10 A 20 KM'],
    ['une voiture à 1500 € en 2019, 3 véhicules pour 12 jeunes'],
    ['la voiture est au 12 bis rue'],
    // The same before a vehicle word; diplomas of Mission Locale notes either side.
    ['1 H 30 en voiture, de 14H35 à 16H42 en voiture, 100 CV 75 % pour la voiture'],
    ['ROULER DE 100 KM EN VOITURE, UN 123 EN VOITURE, 130 KM 12 EN VOITURE'],
    ['2 CAP 15 jeunes sans voiture ; sans voiture : 3 BTS 12'],
    // The vehicle word in another sentence.
    ['Sans voiture. 1234 AB 56'],
    ['1234 AB 56. Ma voiture'],
  ])('%s stays', (input) => {
    expect(mask(input)).toBe(input);
  });
});

describe('identifiers introduced by a keyword', () => {
  it.each([
    ['identifiant France Travail 1234567A', 'identifiant France Travail [identifiant]'],
    ['mon n° allocataire CAF 1234567, perdu', 'mon n° allocataire CAF [identifiant], perdu'],
    ['Numéro de dossier : 2024-00123.', 'Numéro de dossier : [identifiant].'],
    ['numéro fiscal 01 23 456 789 012 et', 'numéro fiscal [identifiant] et'],
    ['matricule 88431', 'matricule [identifiant]'],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});

describe('web address parameters', () => {
  it('masks click identifiers, names and phone numbers, keeps campaign tags and other parameters', () => {
    expect(mask('https://ml.fr/?fbclid=IwAR2_qYzM-pE&utm_source=fb&nom=Dupont&prenom=Jean&tel=%2B33612345678&page=2')).toBe(
      'https://ml.fr/?fbclid=[identifiant]&utm_source=fb&nom=[identifiant]&prenom=[identifiant]&tel=[identifiant]&page=2',
    );
    expect(mask('https://www.youtube.com/watch?v=8jeJfrl2jpA&gclid=Cj0KCQ')).toBe('https://www.youtube.com/watch?v=8jeJfrl2jpA&gclid=[identifiant]');
  });
});

describe('near misses stay untouched', () => {
  it.each([
    ['en 2019, 12 jeunes sur 40'],
    ['3 rue plus loin, 3 rues plus loin'],
    ['la rue principale, avenue des Champs, dans la rue de la Paix'],
    ['1 place en crèche, 2 cours de formation, 12 place de formation, 1 résidence secondaire'],
    ['en 2019 Place Publique a gagné'],
    ['la version 2.3.1, puis 10.2'],
    ['une note de 10/12 puis 14/20'],
    ['1 234,56 € et 12 500 €'],
    ['code postal 75011, 33000 Bordeaux'],
    ['+33 % en un an, +1 500 000 000 habitants, +2,5 %'],
    ['SIRET de la Mission Locale 123 456 789 00012 ; SIREN 123456789'],
    ['de 14h30 à 16:45, le 12/03/2019 à 10h'],
    ['la prime donnée le 10 décembre, le 12 mars 2019'],
    ['elle a obtenu son CAP le 12/06/2019'],
    ['Loi n° 2019-1234 ; article n° 12'],
    ['numéro de dossier oublié'],
    ['ROULER DE 100 KM, A 100 KM/H'],
    ['EN VOITURE, ROULER DE 100 KM A 100 KM/H, 3 H 30'],
    // Opening a text in capitals, with nothing before to show it: a distance, a power, not a plate.
    ['DE 130 KM A 110 KM SUR AUTOROUTE'],
    ['DE 110 CV, PAS PLUS'],
    ['CE 123 AB TEXTE EN CAPITALES'],
    ['accès à @ pour tous, M@gister, merci !!!@'],
    ['look at this dot'],
    ['rn12 dans cette rue'],
    ['N° de Tél 0811 ; 3646'],
    ['https://x.fr/?utm_source=fb&utm_campaign=ml2026&page=3'],
  ])('%s', (input) => {
    expect(mask(input)).toBe(input);
  });
});

describe('screening before the exact patterns', () => {
  it('never lets through a text that one of the detectors would change', () => {
    const screen = screening([]);
    const piece = fc.constantFrom(
      '12', ' ', 'rue', 'Rue', 'de la', 'Paix', '75002', 'Paris', 'bis', ',', 'né', 'née', 'le', '3 mars', '12/03/1998',
      'DDN', 'AB-123-CD', 'AB', '123', 'CD', 'né en ', 'née à Lyon en ', 'mars ', '1998', 'voiture ', 'plaque ', '1234 AB 56', '12 A 2B', 'AB123CD', 'identifiant', 'n° allocataire', 'CAF', '1234567A', '?', '&', 'fbclid=', 'nom=',
      'Dupont', 'jean', 'at', 'free', 'dot', 'fr', '[at]', '[dot]', '%40', '@', 'gmail', '+262', '692', '+32', '470', '12 34 56',
      'fr76', '3000', '6000', '-', '.', '/', 'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (screen.data(text)) return;
        for (const { pattern } of PERSONAL_DATA_PATTERNS) {
          pattern.lastIndex = 0;
          expect(pattern.test(text), `${pattern.source.slice(0, 40)}… on ${text}`).toBe(false);
        }
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('each detector’s `needs` holds whenever its pattern matches', () => {
    const piece = fc.constantFrom('12', ' ', 'rue', 'Paix', '75002', 'né le', '3 mars', 'AB-123-CD', 'AB 123 CD', 'né en ', '2004', 'voiture ', '1234 AB 56', '12 A 2B', 'AB123CD', 'identifiant', '1234567', 'jean at free dot fr', 'jean@gmail', '?tel=', '0612345678', '+32 470 12 34 56', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        for (const { pattern, needs } of PERSONAL_DATA_PATTERNS) {
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(needs.test(text), `${needs} on ${text}`).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20261208 },
    );
  });
});
