/**
 * Name material for the demo institution: first names and surnames as they occur in Dutch classes
 * today, grouped by origin so that a generated name is plausible as a whole (a Turkish first name
 * mostly goes with a Turkish surname). Pure data plus a few pure helpers; no I/O.
 */
export type Gender = 'v' | 'm' | 'x';

export interface NameOrigin {
  label: string;
  /** Relative weight when picking an origin for a student. */
  weight: number;
  girls: readonly string[];
  boys: readonly string[];
  /** Surnames, written with their tussenvoegsel as in a class list: "van der Meer". */
  surnames: readonly string[];
}

export const NAME_ORIGINS: readonly NameOrigin[] = [
  {
    label: 'Nederlands',
    weight: 68,
    girls: [
      'Emma', 'Julia', 'Sophie', 'Tess', 'Zoë', 'Sara', 'Anna', 'Fleur', 'Lotte', 'Eva', 'Noor',
      'Lieke', 'Femke', 'Isa', 'Saar', 'Roos', 'Mila', 'Nina', 'Yara', 'Fenna', 'Jasmijn', 'Iris',
      'Maud', 'Floor', 'Liv', 'Esmée', 'Anouk', 'Sanne', 'Merel', 'Britt',
    ],
    boys: [
      'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Bram', 'Thijs', 'Jesse', 'Ruben', 'Stijn',
      'Lars', 'Tim', 'Noah', 'Luuk', 'Jens', 'Sven', 'Gijs', 'Mees', 'Thomas', 'Wessel', 'Niels',
      'Joep', 'Koen', 'Dylan', 'Jayden', 'Sep', 'Teun', 'Max', 'Ties',
    ],
    surnames: [
      'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit',
      'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker',
      'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs',
      'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn',
      'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra',
      'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman',
      'de Lange', 'Kuipers', 'van Wijk', 'Postma', 'Kramer', 'ter Horst', 'in \'t Veld',
    ],
  },
  {
    label: 'Marokkaans',
    weight: 12,
    girls: ['Fatima', 'Yasmina', 'Aya', 'Salma', 'Imane', 'Nora', 'Khadija', 'Soumaya', 'Malak', 'Hiba'],
    boys: ['Mohammed', 'Ayoub', 'Yassin', 'Bilal', 'Hamza', 'Anas', 'Ilias', 'Zakaria', 'Adam', 'Soufiane'],
    surnames: [
      'el Amrani', 'el Idrissi', 'Bouzid', 'Benali', 'el Khatib', 'Ouali', 'Azzouzi',
      'el Haddaoui', 'Boukhari', 'Tahiri', 'Ziani', 'el Ouardi',
    ],
  },
  {
    label: 'Turks',
    weight: 11,
    girls: ['Zeynep', 'Elif', 'Büşra', 'Ecrin', 'Defne', 'Melisa', 'Esra', 'Ilayda'],
    boys: ['Emre', 'Mert', 'Kerem', 'Burak', 'Yusuf', 'Enes', 'Baran', 'Furkan'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç'],
  },
  {
    label: 'Surinaams',
    weight: 9,
    girls: ['Priya', 'Shanti', 'Anjali', 'Kimberley', 'Shanaya', 'Naomi', 'Chanel', 'Dewi'],
    boys: ['Rajesh', 'Sunil', 'Quincy', 'Romano', 'Giovanni', 'Kenneth', 'Ravi', 'Jermaine'],
    surnames: [
      'Pinas', 'Sedney', 'Kromodimedjo', 'Ramdin', 'Jagesar', 'Ramsaran', 'Sewdien', 'Biharie',
      'Wijngaarde', 'Zeefuik', 'Doelwijt', 'Karsowidjojo', 'Mahabier',
    ],
  },
];

/** Gender-neutral first names, used for students with gender x. */
export const NEUTRAL_FIRST_NAMES: readonly string[] = ['Sam', 'Robin', 'Noa', 'Charlie', 'Kai', 'Jip', 'Alex', 'Lou'];

export interface SplitSurname {
  namePrefix: string | null;
  lastName: string;
}

/** "van der Meer" → { namePrefix: "van der", lastName: "Meer" }: the prefix is the lower-case words in front. */
export function splitSurname(surname: string): SplitSurname {
  const words = surname.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && /^[a-z']/.test(words[i] ?? '')) i++;
  const prefix = words.slice(0, i).join(' ');
  return { namePrefix: prefix || null, lastName: words.slice(i).join(' ') };
}

/** An ASCII e-mail local part: "Büşra", "van der", "Yılmaz" → "busra.vanderyilmaz". */
export function emailLocalPart(firstName: string, namePrefix: string | null, lastName: string): string {
  const slug = (s: string) =>
    s
      .replace(/ı/g, 'i')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return `${slug(firstName)}.${slug(`${namePrefix ?? ''}${lastName}`)}`;
}
