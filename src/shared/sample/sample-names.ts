/**
 * Names and e-mail addresses for the sample workspace and the sample CSVs: an international Berlin
 * tech crowd. Names are drawn within one region so that a first name and a family name belong
 * together. Every address is under the reserved `.example` top-level domain (RFC 2606), so that
 * a follow-up tried out on the sample can never reach a real person.
 */
import type { SeededRandom } from './seeded-random'

/** A comma-separated list written as data, so that long name lists stay readable. */
function names(list: string): readonly string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

interface NameRegion {
  /** How common the region is in the crowd, relative to the others. */
  weight: number
  firstNames: readonly string[]
  lastNames: readonly string[]
}

const NAME_REGIONS: readonly NameRegion[] = [
  {
    weight: 20,
    firstNames: names(`
      Lena, Jonas, Felix, Marie, Lukas, Hannah, Paul, Sophie, Maximilian, Clara, Niklas,
      Johanna, Moritz, Leonie, Tobias, Katharina, Jan, Miriam, Florian, Anja, Sebastian,
      Franziska
    `),
    lastNames: names(`
      Fischer, Schneider, Wagner, Becker, Hoffmann, Schäfer, Koch, Richter, Klein, Wolf,
      Neumann, Schwarz, Zimmermann, Krüger, Hartmann, Lange, Werner, Krause, Meier,
      Lehmann, Böhm, Vogel
    `),
  },
  {
    weight: 7,
    firstNames: names(`Ayşe, Mehmet, Elif, Emre, Zeynep, Can, Deniz, Burak, Selin, Kerem`),
    lastNames: names(`Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Koç`),
  },
  {
    weight: 5,
    firstNames: names(`Łukasz, Agnieszka, Piotr, Katarzyna, Michał, Magdalena, Tomasz, Zofia`),
    lastNames: names(`Nowak, Wójcik, Kaczmarek, Mazur, Krawczyk, Zając, Król, Pawlak`),
  },
  {
    weight: 10,
    firstNames: names(`
      Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Neha, Aditya, Ishaan, Meera, Siddharth,
      Divya
    `),
    lastNames: names(`
      Sharma, Patel, Iyer, Reddy, Nair, Gupta, Menon, Kulkarni, Rao, Desai, Banerjee,
      Joshi
    `),
  },
  {
    weight: 6,
    firstNames: names(`Wei, Jing, Hao, Xin, Yu, Lei, Mei, Jun, Yan, Ling`),
    lastNames: names(`Zhang, Wang, Li, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou`),
  },
  {
    weight: 3,
    firstNames: names(`Yuki, Haruto, Sakura, Kenji, Aoi, Takumi, Hana, Ren`),
    lastNames: names(`Tanaka, Suzuki, Takahashi, Watanabe, Ito, Nakamura, Kobayashi, Mori`),
  },
  {
    weight: 3,
    firstNames: names(`Minji, Jisoo, Hyun-woo, Seo-yeon, Jae-won, Eun-ji`),
    lastNames: names(`Kim, Park, Lee, Choi, Jung, Kang`),
  },
  {
    weight: 7,
    firstNames: names(
      `José, María, Alejandro, Lucía, Diego, Valentina, Javier, Camila, Andrés, Sofía`,
    ),
    lastNames: names(`
      García, Martínez, Rodríguez, López, Hernández, González, Pérez, Sánchez, Ramírez,
      Torres
    `),
  },
  {
    weight: 4,
    firstNames: names(`João, Ana, Pedro, Beatriz, Rafael, Larissa, Thiago, Gabriela`),
    lastNames: names(`Silva, Santos, Oliveira, Souza, Costa, Pereira, Almeida, Conceição`),
  },
  {
    weight: 4,
    firstNames: names(`Camille, Julien, Chloé, Mathieu, Léa, Antoine, Élodie, Hugo`),
    lastNames: names(`Dubois, Lefèvre, Moreau, Laurent, Girard, Rousseau, Fontaine, Mercier`),
  },
  {
    weight: 4,
    firstNames: names(`Giulia, Marco, Francesca, Luca, Chiara, Matteo, Alessandro, Martina`),
    lastNames: names(`Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci`),
  },
  {
    weight: 4,
    firstNames: names(`Chinedu, Ngozi, Oluwaseun, Adaeze, Kwame, Ama, Tunde, Folake`),
    lastNames: names(`Okafor, Adeyemi, Okonkwo, Mensah, Balogun, Eze, Nwosu, Boateng`),
  },
  {
    weight: 4,
    firstNames: names(`Omar, Layla, Karim, Yasmin, Rami, Nour, Tarek, Salma`),
    lastNames: names(`Haddad, Khalil, Mansour, Nasser, Saleh, Aziz, Hamdan, Farouk`),
  },
  {
    weight: 3,
    firstNames: names(`Arash, Shirin, Dariush, Parisa, Kian, Neda`),
    lastNames: names(`Rahimi, Hosseini, Karimi, Moradi, Tehrani, Ahmadi`),
  },
  {
    weight: 5,
    firstNames: names(`Oleksandr, Iryna, Dmytro, Olena, Andriy, Kateryna, Taras, Yulia`),
    lastNames: names(
      `Kovalenko, Bondarenko, Shevchenko, Tkachenko, Melnyk, Kravchenko, Boyko, Savchenko`,
    ),
  },
  {
    weight: 3,
    firstNames: names(`Bjørn, Ingrid, Lars, Astrid, Erik, Sigrid, Mads, Freja`),
    lastNames: names(`Håland, Lindqvist, Johansson, Nielsen, Sørensen, Andersson, Berg, Dahl`),
  },
  {
    weight: 6,
    firstNames: names(`Emily, James, Olivia, Daniel, Charlotte, Ethan, Grace, Sam, Rachel, Ben`),
    lastNames: names(
      `Taylor, Walker, Hughes, Carter, Mitchell, Collins, Bennett, Foster, Reed, Morgan`,
    ),
  },
  {
    weight: 3,
    firstNames: names(`Linh, Minh, Thảo, Tuấn, Hương, Quang`),
    lastNames: names(`Nguyễn, Trần, Lê, Phạm, Hoàng, Võ`),
  },
  {
    weight: 3,
    firstNames: names(`Sanne, Daan, Femke, Joost, Lotte, Bram`),
    lastNames: names(`de Vries, van Dijk, Bakker, Visser, Smit, Mulder`),
  },
]

const PERSONAL_EMAIL_DOMAINS = [
  'mailbox.example',
  'inbox.example',
  'postfach.example',
  'webpost.example',
] as const
const WORK_EMAIL_DOMAINS = [
  'tensorlane.example',
  'kiezlabs.example',
  'spreeai.example',
  'vectorhaus.example',
  'promptworks.example',
  'modelgarten.example',
  'datenwerk.example',
  'nordlicht-robotics.example',
] as const
const STUDENT_EMAIL_DOMAINS = ['campus.tu-berlin.example', 'student.hu-berlin.example'] as const

/** A person's name; the `ascii` parts spell it for an e-mail address. */
export interface SampleIdentity {
  name: string
  firstName: string
  lastName: string
  asciiFirst: string
  asciiLast: string
}

export type EmailKind = 'personal' | 'work' | 'student'

/** Regulars whose names are in their own script (right-to-left Arabic among them) or accented. */
export const FEATURED_IDENTITIES: readonly SampleIdentity[] = [
  { name: '王芳', firstName: '芳', lastName: '王', asciiFirst: 'fang', asciiLast: 'wang' },
  {
    name: 'ليلى حداد',
    firstName: 'ليلى',
    lastName: 'حداد',
    asciiFirst: 'layla',
    asciiLast: 'haddad',
  },
  {
    name: 'Zoë Müller',
    firstName: 'Zoë',
    lastName: 'Müller',
    asciiFirst: 'zoe',
    asciiLast: 'mueller',
  },
  { name: '김지은', firstName: '지은', lastName: '김', asciiFirst: 'jieun', asciiLast: 'kim' },
]
/** Japanese order, family name first, with the ideographic space Japanese input puts between. */
export const FEATURED_CASUAL_IDENTITY: SampleIdentity = {
  name: '佐藤\u3000美咲',
  firstName: '美咲',
  lastName: '佐藤',
  asciiFirst: 'misaki',
  asciiLast: 'sato',
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  đ: 'd',
  ı: 'i',
}

/** Lower-case ASCII letters only: how people spell their name in an e-mail address. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[ßłøæđı]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .replace(/[^a-z]/g, '')
}

/** An identity from a first and a last name written in Latin letters. */
export function latinIdentity(firstName: string, lastName: string): SampleIdentity {
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    asciiFirst: asciiSlug(firstName),
    asciiLast: asciiSlug(lastName),
  }
}

export interface IdentityFactory {
  /** Keeps what is in use (scripted people, an existing workspace) from being handed out. */
  reserve: (taken: {
    name: string
    emails: readonly string[]
    meetupUserIds?: readonly string[]
  }) => void
  /** A new name, unique among those handed out or reserved. */
  nextIdentity: () => SampleIdentity
  /** A new, unique, normalised e-mail address for the identity. */
  emailFor: (identity: SampleIdentity, kind: EmailKind) => string
  /** How the person shows up on Meetup, where many members give only `First L.` or a first name. */
  meetupName: (identity: SampleIdentity) => string
  /**
   * A new, unique Meetup member id as the importer stores it: the digits of the export's
   * `user 12345678`, without the `user ` prefix.
   */
  meetupUserId: () => string
}

/** Hands out unique names, e-mails and Meetup ids, drawing from `random`. */
export function createIdentityFactory(random: SeededRandom): IdentityFactory {
  const usedNames = new Set<string>()
  const emails = new Set<string>()
  const meetupIds = new Set<string>()
  const regionWeights = NAME_REGIONS.map((region) => region.weight)

  const nextIdentity = (): SampleIdentity => {
    for (;;) {
      const region = NAME_REGIONS[random.weightedIndex(regionWeights)]
      if (region === undefined) throw new Error('No name regions')
      const identity = latinIdentity(random.pick(region.firstNames), random.pick(region.lastNames))
      if (!usedNames.has(identity.name)) {
        usedNames.add(identity.name)
        return identity
      }
    }
  }

  const localPart = (first: string, last: string, kind: EmailKind): string => {
    const initial = first.slice(0, 1)
    if (kind === 'work') return random.chance(0.6) ? `${first}.${last}` : first
    const patterns = [
      `${first}.${last}`,
      `${first}${last}`,
      `${initial}${last}`,
      `${first}_${last}`,
      `${first}.${last}${random.int(1, 99)}`,
      `${last}.${first}`,
      `${first}${random.int(80, 99)}`,
      `${first}-${last}`,
    ]
    return patterns[random.weightedIndex([38, 14, 10, 6, 10, 6, 8, 8])] ?? `${first}.${last}`
  }

  const domainFor = (kind: EmailKind): string => {
    if (kind === 'work') return random.pick(WORK_EMAIL_DOMAINS)
    if (kind === 'student') return random.pick(STUDENT_EMAIL_DOMAINS)
    return random.pick(PERSONAL_EMAIL_DOMAINS)
  }

  const emailFor = (identity: SampleIdentity, kind: EmailKind): string => {
    const first = identity.asciiFirst || 'hello'
    const last = identity.asciiLast || 'builder'
    let email = `${localPart(first, last, kind)}@${domainFor(kind)}`
    while (emails.has(email)) email = `${first}.${last}${random.int(2, 999)}@${domainFor(kind)}`
    emails.add(email)
    return email
  }

  const meetupName = (identity: SampleIdentity): string => {
    const style = random.weightedIndex([5, 3, 2])
    if (style === 0) return `${identity.firstName} ${identity.lastName.slice(0, 1)}.`
    if (style === 1) return identity.name
    return identity.firstName
  }

  const meetupUserId = (): string => {
    let id = String(random.int(10_000_000, 399_999_999))
    while (meetupIds.has(id)) id = String(random.int(10_000_000, 399_999_999))
    meetupIds.add(id)
    return id
  }

  return {
    reserve: (taken) => {
      usedNames.add(taken.name)
      for (const email of taken.emails) emails.add(email)
      for (const id of taken.meetupUserIds ?? []) meetupIds.add(id)
    },
    nextIdentity,
    emailFor,
    meetupName,
    meetupUserId,
  }
}
