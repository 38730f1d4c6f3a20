/**
 * What to tell an ambassador whose `date:` the parser refused (front-matter-values.ts): what was
 * written, what exactly is wrong when it is almost a date (an impossible day, a misspelt month, no
 * year, digits glued together, mixed separators, other words around it), and a date to write — their
 * own, corrected, when it can be told; else the forms read, the one closest to what was written first.
 */
import { editDistance } from '../../text/closest.ts';
import { foldText } from '../../text/fold.ts';
import { FIRST_YEAR, LAST_YEAR, MONTHS, MONTH_NAMES, dateParts, daysInMonth, monthsStartingWith, parseDate } from './front-matter-values.ts';

export interface DateAdvice {
  message: string;
  hint: string;
}

/** The forms read, as the question of `new` and the form's hint give them. */
const FORMS = { iso: '2026-09-12', slashes: '12/09/2026', words: '12 septembre 2026' } as const;

/** « 12 septmbre 2026 », « lundi 12 septembre », once folded: a day, a word, maybe a year. */
const WORDED = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:le )?(\d{1,2})(?:er)? ([a-z]+)(?: (\d{4}))?$/;
/** Two numbers only: « 12/09 », « 12-10 ». */
const NO_YEAR = /^\d{1,2}\s*([-/.])\s*\d{1,2}$/;
/** Three numbers apart, whatever the separators: « 12/09-2026 ». */
const THREE_NUMBERS = /^(\d{1,4})\s*([-/. ])\s*(\d{1,2})\s*([-/. ])\s*(\d{1,4})$/;

const pad = (n: number) => String(n).padStart(2, '0');
const line = (value: string) => `« date: ${value} »`;

/** Advice for a date the parser refused; `written`: the value as in the note. */
export function adviseDate(written: string): DateAdvice {
  const text = written.trim();
  return impossible(text) ?? misspeltMonth(text) ?? withoutYear(text) ?? glued(text) ?? mixedSeparators(text) ?? amongWords(text) ?? unreadable(text);
}

/** A date's shape, numbers that do not make one: the year, the month or the day. */
function impossible(text: string): DateAdvice | null {
  const parts = dateParts(text);
  if (!parts) return null;
  const { year, month, day } = parts;
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return {
      message: `Date impossible : l’année ${year} n’est pas plausible pour un atelier.`,
      hint: `Vérifiez l’année, en quatre chiffres, entre ${FIRST_YEAR} et ${LAST_YEAR}, par exemple ${line(FORMS.iso)}.`,
    };
  if (month < 1 || month > 12) {
    // « 2026-13-01 »: the day and the month swapped, when the other way round is a date.
    const swapped = day >= 1 && day <= 12 && month <= daysInMonth(year, day) ? `${year}-${pad(day)}-${pad(month)}` : null;
    return {
      message: `Date impossible : le mois ${month} n’existe pas (un mois va de 1 à 12).`,
      hint: swapped
        ? `Le jour et le mois sont-ils inversés ? Ce serait le ${month === 1 ? '1er' : month} ${MONTH_NAMES[day - 1]} ${year} : ${line(swapped)}.`
        : `Vérifiez le mois, par exemple ${line(FORMS.iso)} pour le 12 septembre 2026.`,
    };
  }
  const days = daysInMonth(year, month);
  const name = MONTH_NAMES[month - 1] ?? '';
  // The first words as the parser's own error, which `new` and the entry form show too.
  const why =
    day < 1
      ? 'il n’y a pas de jour 0'
      : month === 2 && day === 29
        ? `${year} n’est pas une année bissextile : février ${year} a 28 jours`
        : `${name} n’a que ${days} jours`;
  return {
    message: `Date impossible : le ${day}/${pad(month)}/${year} n’existe pas — jour impossible, ${why}.`,
    hint: `Vérifiez le jour : en ${name} ${year}, il va de 1 à ${days}.`,
  };
}

/** « 12 septmbre 2026 »: a month's name with a slip, or cut too short to name one month (« ju »). */
function misspeltMonth(text: string): DateAdvice | null {
  const found = WORDED.exec(foldText(text).trim());
  const [, day = '', word = '', year] = found ?? [];
  if (!found || !year || monthsStartingWith(word).length === 1) return null;
  // « ju », « ma »: the start of two months (the parser reads a month from three letters on).
  const prefixed = word.length >= 2 ? MONTHS.flatMap((name, index) => (name.startsWith(word) ? [index + 1] : [])) : [];
  if (prefixed.length > 1) {
    const choices = prefixed.map((month) => line(`${day} ${MONTH_NAMES[month - 1]} ${year}`));
    return {
      message: `Date illisible : « ${text} » — le mois « ${word} » peut être ${prefixed.map((m) => MONTH_NAMES[m - 1]).join(' ou ')}.`,
      hint: `Écrivez le mois en entier : ${choices.slice(0, -1).join(', ')} ou ${choices.at(-1)}.`,
    };
  }
  const month = nearestMonth(word);
  if (month === null) {
    // Not a month: the date, if those are its day and year, is to be written otherwise.
    return {
      message: `Date illisible : « ${text} » — « ${word} » n’est pas un mois.`,
      hint: `Écrivez un mois en toutes lettres ou en chiffres, par exemple ${line(`${day} septembre ${year}`)}, ${line(`${year}-09-${pad(Number(day))}`)} ou ${line(`${pad(Number(day))}/09/${year}`)}.`,
    };
  }
  const name = MONTH_NAMES[month - 1] ?? '';
  const corrected = `${day} ${name} ${year}`;
  const parsed = parseDate(corrected);
  const message = `Date illisible : « ${text} » — mois mal écrit : « ${word} » pour « ${name} ».`;
  if ('date' in parsed) return { message, hint: `Vouliez-vous écrire ${line(corrected)} (soit ${parsed.date}) ?` };
  // « 31 septmbre 2026 »: the day would be wrong too, once the month is.
  const days = daysInMonth(Number(year), month);
  return { message, hint: `Écrivez « ${name} », et vérifiez le jour : en ${name} ${year}, il va de 1 à ${days}.` };
}

/** The month nearest a word (folded), at most two letters away, and nearer than any other. */
function nearestMonth(word: string): number | null {
  if (word.length < 4) return null;
  const distances = MONTHS.map((name) => editDistance(word, name));
  const best = Math.min(...distances);
  const at = distances.filter((distance) => distance === best);
  return best <= 2 && at.length === 1 ? distances.indexOf(best) + 1 : null;
}

/** « 12/09 », « 12 septembre »: a day and a month, no year. */
function withoutYear(text: string): DateAdvice | null {
  const numbers = NO_YEAR.exec(text);
  const worded = numbers ? null : WORDED.exec(foldText(text).trim());
  const month = worded && !worded[3] ? monthsStartingWith(worded[2] ?? '') : [];
  if (!numbers && month.length !== 1) return null;
  const example = numbers ? `${text.replace(/\s+/g, '')}${numbers[1]}AAAA` : `${worded?.[1] ?? ''} ${MONTH_NAMES[(month[0] ?? 1) - 1]} AAAA`;
  return {
    message: `Date incomplète : « ${text} » n’a pas d’année.`,
    hint: `Ajoutez l’année en quatre chiffres : ${line(example)}, AAAA étant l’année de l’atelier.`,
  };
}

/** « 20260912 », « 12092026 »: the numbers of a date without their separators. */
function glued(text: string): DateAdvice | null {
  if (!/^\d{8}$/.test(text)) return null;
  const yearFirst = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  const dayFirst = `${text.slice(0, 2)}/${text.slice(2, 4)}/${text.slice(4)}`;
  const read = [yearFirst, dayFirst].find((candidate) => 'date' in parseDate(candidate));
  return {
    message: `Date illisible : « ${text} » — les chiffres sont collés, sans séparateur entre l’année, le mois et le jour.`,
    hint: read ? `Séparez-les : ${line(read)}.` : `Séparez l’année, le mois et le jour : ${line(FORMS.iso)} ou ${line(FORMS.slashes)}.`,
  };
}

/** « 12/09-2026 »: three numbers of a date, with two different separators. */
function mixedSeparators(text: string): DateAdvice | null {
  const found = THREE_NUMBERS.exec(text);
  if (!found || found[2] === found[4]) return null;
  const [, a = '', first = '', b = '', second = '', c = ''] = found;
  const separator = a.length === 4 ? '-' : '/';
  const candidate = `${a}${separator}${b}${separator}${c}`;
  const parsed = parseDate(candidate);
  return {
    message: `Date illisible : « ${text} » — deux séparateurs différents, « ${first.trim() || 'espace'} » et « ${second.trim() || 'espace'} ».`,
    hint: 'date' in parsed ? `Gardez le même partout : ${line(candidate)}.` : `Écrivez la date ${line(FORMS.iso)} ou ${line(FORMS.slashes)}.`,
  };
}

/** « samedi 12/09/2026 matin », « 2026-09-12 (à confirmer) »: a date, and other words around it. */
function amongWords(text: string): DateAdvice | null {
  const words = text.split(/\s+/).map((word) => word.replace(/^[(«"“,;]+|[)»"”,;.:]+$/g, ''));
  for (let size = Math.min(4, words.length - 1); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const candidate = words.slice(start, start + size).join(' ');
      const parsed = parseDate(candidate);
      if (!('date' in parsed)) continue;
      // The date as they wrote it when it is a form read as is, or in words; else as the model writes it.
      const kept = !parsed.read || /\p{L}/u.test(candidate) ? candidate : parsed.date;
      return {
        message: `Date illisible : « ${text} » — la date « ${candidate} » est entourée d’autres mots.`,
        hint: `Gardez la date seule : ${line(kept)} ; une précision (horaire, lieu, « à confirmer ») va dans le contexte de la note.`,
      };
    }
  }
  return null;
}

/** Nothing of a date: the forms read, the one whose shape is closest to what was written first. */
function unreadable(text: string): DateAdvice {
  const order: ReadonlyArray<keyof typeof FORMS> = /\p{L}/u.test(text)
    ? ['words', 'iso', 'slashes']
    : text.includes('/')
      ? ['slashes', 'iso', 'words']
      : ['iso', 'slashes', 'words'];
  const forms = order.map((form) => line(FORMS[form]));
  return {
    message: `Date illisible : « ${text} » n’est pas une date.`,
    hint: `Écrivez la date de l’atelier sous l’une des formes lues : ${forms[0]}, ${forms[1]} ou ${forms[2]}.`,
  };
}
