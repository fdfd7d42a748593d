import { deepFreeze } from '../checks/deep-freeze';
import type { Label } from '../organisations/organisation-attributes';
import type { Direction, PartnerKind } from './kinds';
import { codeIndex } from './lookup';

/** A cooperation topic: an exchange one side can offer and the other seek. */
export interface TopicDefinition {
  readonly code: string;
  readonly label: Label;
  readonly description: Label;
  /** The kinds of organisation that usually offer it. */
  readonly offeredBy: readonly PartnerKind[];
  /** The kinds of organisation that usually seek it. */
  readonly soughtBy: readonly PartnerKind[];
  /**
   * The exchange binds people's time on a schedule: someone is hosted, guided, placed or
   * released from work. Both sides then need to agree capacity (how many people, how many
   * hours) and lead time, which the profile asks for. Money, goods, advice at a distance and
   * publicity are not effortful in this sense.
   */
  readonly effortful: boolean;
}

const KMU = ['KMU'] as const;
const ZO = ['ZO'] as const;
const BOTH = ['ZO', 'KMU'] as const;

/** The cooperation topics: the single source for codes, labels and natural directions. */
export const TOPICS = deepFreeze([
  {
    code: 'volunteers',
    label: { de: 'Ehrenamtliche aus der Belegschaft', en: 'Volunteers from the workforce' },
    description: {
      de: 'Beschäftigte – auch erfahrene ältere Fachkräfte – engagieren sich in ihrer Freizeit ehrenamtlich in einer Organisation.',
      en: 'Employees, including experienced older skilled staff, volunteer for an organisation in their own time.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: true,
  },
  {
    code: 'helpers-for-events',
    label: { de: 'Helfende für Aktionen und Projekte', en: 'Helpers for events and projects' },
    description: {
      de: 'Beschäftigte packen bei einzelnen Aktionen, Festen oder zeitlich begrenzten Projekten mit an.',
      en: 'Employees lend a hand at single events, festivals or short projects.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: true,
  },
  {
    code: 'transition-coaching',
    label: {
      de: 'Perspektiv-Coaching für Beschäftigte ab 55',
      en: 'Transition coaching for staff aged 55+',
    },
    description: {
      de: 'Beschäftigte in der letzten Berufsphase werden begleitet, auch mit Blick auf ein Ehrenamt nach dem Erwerbsleben.',
      en: 'Staff in the final phase of their working life are coached, including prospects for volunteering after retirement.',
    },
    offeredBy: BOTH,
    soughtBy: BOTH,
    effortful: true,
  },
  {
    code: 'donations',
    label: { de: 'Geldspenden', en: 'Donations' },
    description: {
      de: 'Zuwendungen ohne Gegenleistung; die Organisation stellt eine Zuwendungsbestätigung aus.',
      en: 'Gifts of money with nothing in return; the organisation issues a donation receipt.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'sponsoring',
    label: { de: 'Sponsoring', en: 'Sponsorship' },
    description: {
      de: 'Finanzielle Förderung mit vereinbarter Gegenleistung, etwa der Nennung des Unternehmens oder seinem Logo auf Trikots.',
      en: 'Financial support with an agreed return, such as naming the company or showing its logo on team shirts.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'in-kind',
    label: { de: 'Sachleistungen', en: 'In-kind support' },
    description: {
      de: 'Geräte, Arbeitsmaterial, Räume oder Hilfe bei Renovierung und Sanierung.',
      en: 'Equipment, materials, rooms, or help with renovation and refurbishment.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'hospitation',
    label: { de: 'Hospitationen im Unternehmen', en: 'Job shadowing in companies' },
    description: {
      de: 'Haupt- und Ehrenamtliche einer Organisation lernen einige Tage lang den Arbeitsalltag eines Betriebs kennen.',
      en: 'Paid staff and volunteers of an organisation spend a few days learning how a company works.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: true,
  },
  {
    code: 'release-time',
    label: { de: 'Freistellung für Einsätze', en: 'Release from work for call-outs' },
    description: {
      de: 'Flexible Arbeitszeiten oder Freistellung, z. B. für Einsätze bei Feuerwehr oder THW.',
      en: 'Flexible working hours or release from work, e.g. for fire brigade or THW (Federal Agency for Technical Relief) call-outs.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: true,
  },
  {
    code: 'internships',
    label: { de: 'Praktika und Einblicke in Berufe', en: 'Internships and career insights' },
    description: {
      de: 'Betriebe bieten Menschen, die eine Organisation begleitet (z. B. Jugendlichen oder Geflüchteten), Praktika und Einblicke in Berufe.',
      en: 'Companies offer internships and career insights to people an organisation supports (e.g. young people or refugees).',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: true,
  },
  {
    code: 'expertise-it',
    label: { de: 'Fachwissen IT', en: 'IT expertise' },
    description: {
      de: 'Unterstützung bei Hardware, Netzwerk, Software und IT-Sicherheit.',
      en: 'Help with hardware, networks, software and IT security.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'expertise-digital',
    label: { de: 'Fachwissen Digitalisierung', en: 'Digitalisation expertise' },
    description: {
      de: 'Begleitung bei digitalen Abläufen, Online-Angeboten und Werkzeugen für die Zusammenarbeit.',
      en: 'Guidance on digital processes, online services and collaboration tools.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'expertise-finance',
    label: { de: 'Fachwissen Finanzen und Budgetplanung', en: 'Finance and budgeting expertise' },
    description: {
      de: 'Rat zu Haushaltsplanung, Buchhaltung, Controlling und Fördermitteln.',
      en: 'Advice on budgeting, bookkeeping, controlling and funding.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'expertise-hr',
    label: { de: 'Fachwissen Personalführung', en: 'Leadership and HR expertise' },
    description: {
      de: 'Erfahrung mit Führung, Personalentwicklung sowie der Gewinnung und Bindung von Menschen.',
      en: 'Experience in leadership, staff development, and recruiting and retaining people.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'expertise-safety',
    label: {
      de: 'Fachwissen Arbeits- und Gesundheitsschutz',
      en: 'Occupational safety and health expertise',
    },
    description: {
      de: 'Unterstützung bei Gefährdungsbeurteilung, Unterweisung und der sicheren Organisation von Einsätzen.',
      en: 'Support with risk assessments, safety briefings and organising activities safely.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'expertise-quality',
    label: { de: 'Fachwissen Qualitätsmanagement', en: 'Quality management expertise' },
    description: {
      de: 'Methoden, um Abläufe zu beschreiben, Ziele zu messen und sich stetig zu verbessern.',
      en: 'Methods for describing processes, measuring goals and improving continuously.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'expertise-admin',
    label: { de: 'Fachwissen Verwaltung und Organisation', en: 'Administration expertise' },
    description: {
      de: 'Hilfe bei Verwaltung, Ablage, Verträgen und Büroorganisation.',
      en: 'Help with administration, records, contracts and office organisation.',
    },
    offeredBy: KMU,
    soughtBy: ZO,
    effortful: false,
  },
  {
    code: 'apprentice-mentoring',
    label: { de: 'Mentoring für Auszubildende', en: 'Mentoring for apprentices' },
    description: {
      de: 'Ehrenamtliche Mentorinnen und Mentoren bereiten Bewerberinnen und Bewerber auf die Ausbildung vor und helfen, Ausbildungsabbrüche zu vermeiden.',
      en: 'Volunteer mentors prepare candidates for an apprenticeship and help prevent drop-outs.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: true,
  },
  {
    code: 'team-days',
    label: { de: 'Teameinsätze und Social Days', en: 'Team days and social days' },
    description: {
      de: 'Teams eines Unternehmens übernehmen für einen Tag oder als Patenschaft eine Aufgabe, etwa im Naturschutz, in der Pflege oder im Sportverein.',
      en: 'Company teams take on a task for a day or as an ongoing sponsorship, e.g. in nature conservation, care or a sports club.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: true,
  },
  {
    code: 'addiction-prevention',
    label: { de: 'Suchtprävention', en: 'Addiction prevention' },
    description: {
      de: 'Auf Betriebe zugeschnittene Angebote zur Vorbeugung und Hilfe bei Suchtproblemen.',
      en: 'Prevention of and help with addiction problems, tailored to companies.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: false,
  },
  {
    code: 'inclusion',
    label: { de: 'Berufliche Inklusion', en: 'Vocational inclusion' },
    description: {
      de: 'Wissen und Begleitung, um Menschen mit Behinderungen oder Benachteiligungen im Betrieb zu beschäftigen.',
      en: 'Know-how and support for employing people with disabilities or disadvantages.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: false,
  },
  {
    code: 'engagement-consulting',
    label: { de: 'Beratung zu Engagement-Projekten', en: 'Advice on corporate engagement' },
    description: {
      de: 'Beratung, wie ein Unternehmen eigene Engagement-Ideen umsetzt und das private Engagement seiner Beschäftigten fördert.',
      en: "Advice on how a company can realise its own engagement ideas and encourage its employees' private volunteering.",
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: false,
  },
  {
    code: 'workforce-recruitment',
    label: {
      de: 'Hilfe bei der Gewinnung von Auszubildenden und Fachkräften',
      en: 'Help recruiting apprentices and skilled staff',
    },
    description: {
      de: 'Mitglieder und Ehrenamtliche machen auf Ausbildungs- und Arbeitsplätze aufmerksam, auch unter Zugewanderten.',
      en: 'Members and volunteers point people, including migrants, to apprenticeships and jobs.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: false,
  },
  {
    code: 'training-modules',
    label: {
      de: 'Weiterbildung aus der Zivilgesellschaft',
      en: 'Training modules from civil society',
    },
    description: {
      de: 'Bausteine für die betriebliche Weiterbildung, etwa zu sozialer Kompetenz, Vielfalt oder Erster Hilfe.',
      en: 'Modules for in-company training, e.g. on social skills, diversity or first aid.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: true,
  },
  {
    code: 'service-learning',
    label: { de: 'Service Learning', en: 'Service learning' },
    description: {
      de: 'Auszubildende oder Beschäftigte lernen durch einen Einsatz für das Gemeinwohl; die Lernziele werden vorab vereinbart.',
      en: 'Apprentices or employees learn by serving the community, with learning goals agreed beforehand.',
    },
    offeredBy: BOTH,
    soughtBy: BOTH,
    effortful: true,
  },
  {
    code: 'visibility',
    label: { de: 'Öffentliche Sichtbarkeit', en: 'Public visibility' },
    description: {
      de: 'Öffentliche Berichte über die Zusammenarbeit, etwa in Pressemitteilungen, auf der Website oder bei Veranstaltungen.',
      en: 'Public reporting on the cooperation, e.g. in press releases, on websites or at events.',
    },
    offeredBy: ZO,
    soughtBy: KMU,
    effortful: false,
  },
] as const satisfies readonly TopicDefinition[]);

export type TopicCode = (typeof TOPICS)[number]['code'];
export interface Topic extends TopicDefinition {
  readonly code: TopicCode;
}

export const TOPIC_CODES: readonly TopicCode[] = deepFreeze(TOPICS.map((t) => t.code));

const index = codeIndex<Topic>('topic', TOPICS);

export function isTopicCode(value: unknown): value is TopicCode {
  return index.has(value);
}

/** The topic with this code. */
export function topic(code: TopicCode): Topic {
  return index.get(code);
}

/**
 * Whether `kind` naturally has `direction` for the topic: a ZO usually seeks volunteers and
 * offers apprentice mentoring; topics marked for both sides allow either direction.
 */
export function isNaturalDirection(
  code: TopicCode,
  kind: PartnerKind,
  direction: Direction,
): boolean {
  const { offeredBy, soughtBy } = topic(code);
  const sides: readonly PartnerKind[] = direction === 'OFFERS' ? offeredBy : soughtBy;
  return sides.includes(kind);
}

/** The topics an organisation of `kind` usually has in `direction`, in taxonomy order. */
export function topicsFor(kind: PartnerKind, direction: Direction): readonly Topic[] {
  return TOPICS.filter((t) => isNaturalDirection(t.code, kind, direction));
}
