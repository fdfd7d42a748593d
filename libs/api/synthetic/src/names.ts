import type { EngagementField, Wz2008Section } from '@bs/domain';

/**
 * Building blocks of plausible German organisation names. Patterns use `{place}` (the
 * organisation's town, sometimes with a quarter), `{family}` (a surname), `{owner}` (first
 * name and surname of a sole proprietor), `{year}` (a founding year) and `{saint}`.
 * Each pattern names the legal form its suffix implies, so name and legal form agree.
 */
export interface NamePattern {
  readonly pattern: string;
  readonly legalForm: string | null;
  /** One sentence for the description; organisations of one pattern share it. */
  readonly about: string;
}

const pattern = (p: string, legalForm: string | null, about: string): NamePattern => ({
  pattern: p,
  legalForm,
  about,
});

const EV = 'e. V.';

/** Surnames, most common first (the first ones are drawn more often, see `familyName`). */
export const FAMILY_NAMES = (
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch ' +
  'Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann ' +
  'Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König ' +
  'Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel ' +
  'Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster ' +
  'Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß ' +
  'Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn ' +
  'Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Kaya Nowak Kowalski'
).split(' ');

export const FIRST_NAMES = (
  'Thomas Michael Andreas Stefan Frank Markus Christian Jens Sven Tobias Jan Daniel Peter ' +
  'Klaus Jürgen Uwe Sabine Andrea Claudia Susanne Petra Nicole Katrin Julia Anna Laura Sandra ' +
  'Martina Birgit Heike Monika Anja Melanie Tanja Ayşe Mehmet Ali Natalia Piotr Olga Hans Karl'
).split(' ');

/** Quarters that tell apart clubs of the same town ("SV Musterstadt-Nord"). */
export const QUARTERS = (
  'Nord Süd Ost West Mitte Altstadt Neustadt Oberdorf Unterdorf Weststadt Oststadt Südstadt ' +
  'Nordstadt Bahnhofsviertel Hafen Feld Heide Berg Tal Siedlung Vorstadt Kirchberg Sand Au'
).split(' ');

export const STREET_NAMES = (
  'Hauptstraße|Dorfstraße|Schulstraße|Gartenstraße|Bahnhofstraße|Bergstraße|Kirchstraße|' +
  'Waldstraße|Lindenstraße|Ringstraße|Birkenweg|Am Sportplatz|Mühlenweg|Wiesenweg|' +
  'Friedhofstraße|Feldstraße|Rosenstraße|Industriestraße|Gewerbestraße|Im Gewerbegebiet|' +
  'Marktplatz|Am Anger|Poststraße|Brunnenstraße|Jahnstraße|Kastanienallee|Eichendorffstraße|' +
  'Mozartstraße|Beethovenstraße|Uhlandstraße|Talstraße|Am Bach|Hansastraße|Kantstraße'
).split('|');

export const SAINTS = 'Marien|Martin|Michael|Johannes|Josef|Nikolaus|Laurentius|Petrus'.split('|');

export const ZO_NAME_PATTERNS: Readonly<Record<EngagementField, readonly NamePattern[]>> = {
  SPORT: [
    pattern('TSV {place} {year} e. V.', EV, 'Breitensport für alle Generationen.'),
    pattern('Sportverein {place} {year} e. V.', EV, 'Fußball, Turnen und Gesundheitssport.'),
    pattern('Turnverein {place} {year} e. V.', EV, 'Turnen, Gymnastik und Kinderturnen.'),
    pattern('FC {place} {year} e. V.', EV, 'Fußball von den Bambini bis zu den Alten Herren.'),
    pattern('Tennisclub {place} e. V.', EV, 'Tennis für Jugend und Erwachsene.'),
    pattern('Schwimmverein {place} e. V.', EV, 'Schwimmausbildung und Wettkampfsport.'),
    pattern('Reit- und Fahrverein {place} e. V.', EV, 'Reitsport und therapeutisches Reiten.'),
  ],
  CULTURE: [
    pattern('Musikverein {place} {year} e. V.', EV, 'Blasmusik und Jugendorchester.'),
    pattern('Gesangverein Harmonie {place} e. V.', EV, 'Chorgesang und Konzerte im Ort.'),
    pattern('Heimat- und Geschichtsverein {place} e. V.', EV, 'Ortsgeschichte und Museum.'),
    pattern('Theatergruppe {place} e. V.', EV, 'Laientheater mit jährlicher Aufführung.'),
    pattern('Kunstverein {place} e. V.', EV, 'Ausstellungen und Kunstkurse.'),
    pattern('Kulturkreis {place} e. V.', EV, 'Lesungen, Konzerte und Kleinkunst.'),
  ],
  SOCIAL: [
    pattern('Tafel {place} e. V.', EV, 'Lebensmittel retten und an Bedürftige verteilen.'),
    pattern('Lebenshilfe {place} e. V.', EV, 'Begleitung von Menschen mit Behinderung.'),
    pattern('Nachbarschaftshilfe {place} e. V.', EV, 'Alltagshilfe unter Nachbarn.'),
    pattern('AWO Ortsverein {place}', EV, 'Beratung, Begegnung und soziale Dienste.'),
    pattern('Sozialwerk {place} gGmbH', 'gGmbH', 'Soziale Dienste und Beratung.'),
    pattern('Caritasverband {place} e. V.', EV, 'Beratung und Hilfe in Notlagen.'),
  ],
  YOUTH: [
    pattern('Förderverein der Grundschule {place} e. V.', EV, 'Unterstützt Schule und Kinder.'),
    pattern('Jugendtreff {place} e. V.', EV, 'Offene Jugendarbeit und Ferienprogramme.'),
    pattern('Kinderschutzbund Ortsverband {place} e. V.', EV, 'Einsatz für Kinderrechte.'),
    pattern('Pfadfinderstamm {place} e. V.', EV, 'Gruppenstunden, Zeltlager und Fahrten.'),
    pattern('Jugendwerkstatt {place} gGmbH', 'gGmbH', 'Berufsorientierung für Jugendliche.'),
  ],
  SENIORS: [
    pattern('Seniorenhilfe {place} e. V.', EV, 'Besuchsdienste und Begegnung im Alter.'),
    pattern('Seniorenbeirat {place} e. V.', EV, 'Stimme der Älteren im Ort.'),
    pattern('Mehrgenerationenhaus {place} e. V.', EV, 'Begegnung von Jung und Alt.'),
  ],
  EDUCATION: [
    pattern('Bildungswerk {place} e. V.', EV, 'Kurse und Weiterbildung für Erwachsene.'),
    pattern('Lesepaten {place} e. V.', EV, 'Leseförderung in Kitas und Schulen.'),
    pattern('Lernhilfe {place} e. V.', EV, 'Hausaufgabenhilfe und Nachhilfe.'),
  ],
  ENVIRONMENT: [
    pattern('NABU-Gruppe {place} e. V.', EV, 'Natur- und Artenschutz vor Ort.'),
    pattern('Obst- und Gartenbauverein {place} e. V.', EV, 'Streuobstwiesen und Gartenkultur.'),
    pattern('Imkerverein {place} e. V.', EV, 'Bienenhaltung und Blühflächen.'),
    pattern('Klimainitiative {place}', null, 'Klimaschutz im Alltag und im Ort.'),
  ],
  HEALTH: [
    pattern('Hospizverein {place} e. V.', EV, 'Begleitung Schwerstkranker und Angehöriger.'),
    pattern('Selbsthilfegruppe {place} e. V.', EV, 'Austausch und Hilfe zur Selbsthilfe.'),
    pattern(
      'Förderverein Krankenhaus {place} e. V.',
      EV,
      'Unterstützt Patientinnen und Patienten.',
    ),
  ],
  RESCUE: [
    pattern('Förderverein Freiwillige Feuerwehr {place} e. V.', EV, 'Unterstützt die Feuerwehr.'),
    pattern('DLRG Ortsgruppe {place} e. V.', EV, 'Schwimmausbildung und Wasserrettung.'),
    pattern('DRK-Ortsverein {place} e. V.', EV, 'Sanitätsdienst, Blutspende und Erste Hilfe.'),
    pattern('THW-Helfervereinigung {place} e. V.', EV, 'Unterstützt den Ortsverband des THW.'),
  ],
  MIGRATION: [
    pattern('Flüchtlingshilfe {place} e. V.', EV, 'Begleitung Geflüchteter im Alltag.'),
    pattern('Internationaler Kulturverein {place} e. V.', EV, 'Begegnung der Kulturen.'),
    pattern('Integrationslotsen {place}', null, 'Lotsen für Neuzugewanderte.'),
  ],
  COMMUNITY: [
    pattern('Bürgerverein {place} e. V.', EV, 'Engagement für ein lebendiges Viertel.'),
    pattern('Bürgerstiftung {place}', 'Stiftung', 'Fördert Projekte für das Gemeinwohl.'),
    pattern('Dorfgemeinschaft {place} e. V.', EV, 'Feste, Dorfladen und Nachbarschaft.'),
    pattern('Verschönerungsverein {place} e. V.', EV, 'Pflegt Wege, Bänke und Plätze.'),
  ],
  RELIGION: [
    pattern('Evangelische Kirchengemeinde {place}', 'KdöR', 'Gemeindeleben und Diakonie.'),
    pattern('Katholische Pfarrgemeinde St. {saint} {place}', 'KdöR', 'Seelsorge und Caritas.'),
    pattern('Förderverein St. {saint} {place} e. V.', EV, 'Erhalt von Kirche und Gemeindehaus.'),
  ],
  OTHER: [
    pattern('Förderverein {place} e. V.', EV, 'Fördert gemeinnützige Vorhaben im Ort.'),
    pattern('Initiative Miteinander {place}', null, 'Ehrenamtliche Projekte im Ort.'),
  ],
};

export const KMU_NAME_PATTERNS: Readonly<Partial<Record<Wz2008Section, readonly NamePattern[]>>> = {
  A: [
    pattern('Hofgut {owner}', 'Einzelunternehmen', 'Landwirtschaft und Direktvermarktung.'),
    pattern('Gärtnerei {owner}', 'Einzelunternehmen', 'Gemüse, Blumen und Pflanzen.'),
  ],
  B: [pattern('{family} Kies und Sand GmbH', 'GmbH', 'Gewinnung von Kies und Sand.')],
  C: [
    pattern('{family} Metallbau GmbH', 'GmbH', 'Stahl- und Metallbau.'),
    pattern('Bäckerei {owner}', 'Einzelunternehmen', 'Handwerksbäckerei mit Filialen.'),
    pattern('{family} Präzisionstechnik GmbH & Co. KG', 'GmbH & Co. KG', 'Zerspanung.'),
    pattern('Schreinerei {owner}', 'Einzelunternehmen', 'Möbel und Innenausbau.'),
    pattern('{family} Kunststofftechnik GmbH', 'GmbH', 'Kunststoffteile für die Industrie.'),
  ],
  D: [pattern('Stadtwerke-Service {place} GmbH', 'GmbH', 'Energie und Wärme.')],
  E: [pattern('{family} Entsorgung GmbH', 'GmbH', 'Entsorgung und Recycling.')],
  F: [
    pattern('{family} Haustechnik GmbH', 'GmbH', 'Heizung, Sanitär und Lüftung.'),
    pattern('Malerbetrieb {owner}', 'Einzelunternehmen', 'Maler- und Lackierarbeiten.'),
    pattern('{family} Bau GmbH', 'GmbH', 'Hoch- und Tiefbau.'),
    pattern('Elektro {family} GmbH', 'GmbH', 'Elektroinstallation und Photovoltaik.'),
    pattern('Dachdeckerei {owner} e. K.', 'e. K.', 'Dach, Fassade und Abdichtung.'),
    pattern('Zimmerei {owner}', 'Einzelunternehmen', 'Holzbau und Dachstühle.'),
  ],
  G: [
    pattern('Autohaus {family} GmbH', 'GmbH', 'Verkauf und Werkstatt.'),
    pattern('{family} Getränkehandel', 'Einzelunternehmen', 'Getränke für Haus und Feste.'),
    pattern('Blumen {owner}', 'Einzelunternehmen', 'Floristik und Dekoration.'),
    pattern('{family} Baustoffe GmbH & Co. KG', 'GmbH & Co. KG', 'Baustoffhandel.'),
    pattern('Buchhandlung {owner}', 'e. K.', 'Bücher und Lesungen.'),
    pattern('{family} Großhandel GmbH', 'GmbH', 'Großhandel für Gewerbekunden.'),
  ],
  H: [
    pattern('{family} Transporte GmbH', 'GmbH', 'Spedition und Lagerlogistik.'),
    pattern('Taxi {owner}', 'Einzelunternehmen', 'Personenbeförderung.'),
  ],
  I: [
    pattern('Gasthaus Zur Linde {owner}', 'Einzelunternehmen', 'Regionale Küche.'),
    pattern('Hotel Zur Post {place} GmbH', 'GmbH', 'Hotel und Tagungen.'),
    pattern('Café {owner}', 'Einzelunternehmen', 'Kaffee und Kuchen aus eigener Herstellung.'),
  ],
  J: [
    pattern('{family} IT-Service GmbH', 'GmbH', 'IT-Betreuung für kleine Unternehmen.'),
    pattern('{family} Software UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)', 'Apps.'),
    pattern('Medienagentur {owner}', 'GbR', 'Webseiten, Video und Social Media.'),
  ],
  K: [
    pattern('Versicherungsbüro {owner}', 'Einzelunternehmen', 'Versicherungen und Vorsorge.'),
    pattern('{family} Finanzberatung GmbH', 'GmbH', 'Finanz- und Vorsorgeberatung.'),
  ],
  L: [
    pattern('{family} Immobilien GmbH', 'GmbH', 'Vermietung und Verwaltung.'),
    pattern('Hausverwaltung {owner}', 'Einzelunternehmen', 'Verwaltung von Wohnanlagen.'),
  ],
  M: [
    pattern('Steuerberatung {owner}', 'Einzelunternehmen', 'Steuern und Buchhaltung.'),
    pattern('Ingenieurbüro {family} GmbH', 'GmbH', 'Planung und Gutachten.'),
    pattern('Architekturbüro {owner}', 'PartG', 'Architektur und Bauleitung.'),
    pattern('Kanzlei {family} & Partner', 'PartG mbB', 'Rechtsberatung.'),
  ],
  N: [
    pattern('{family} Gebäudereinigung GmbH', 'GmbH', 'Reinigung und Hausmeisterdienste.'),
    pattern('{family} Personalservice GmbH', 'GmbH', 'Personaldienstleistungen.'),
    pattern('Garten- und Landschaftsbau {owner}', 'Einzelunternehmen', 'Gärten und Grün.'),
  ],
  P: [
    pattern('Fahrschule {owner}', 'Einzelunternehmen', 'Führerscheine aller Klassen.'),
    pattern('Sprachschule {place} GmbH', 'GmbH', 'Sprachkurse und Integrationskurse.'),
  ],
  Q: [
    pattern('Physiotherapie {owner}', 'Einzelunternehmen', 'Physiotherapie und Reha-Sport.'),
    pattern('Pflegedienst {family} GmbH', 'GmbH', 'Ambulante Pflege.'),
    pattern('Zahnarztpraxis {owner}', 'Einzelunternehmen', 'Zahnmedizin.'),
    pattern('Apotheke am Markt {place}', 'e. K.', 'Apotheke und Gesundheitsberatung.'),
  ],
  R: [
    pattern('Fitnessstudio {owner}', 'GmbH', 'Fitness und Gesundheitskurse.'),
    pattern('Veranstaltungstechnik {owner}', 'GbR', 'Ton, Licht und Bühne.'),
  ],
  S: [
    pattern('Friseursalon {owner}', 'Einzelunternehmen', 'Friseur und Kosmetik.'),
    pattern('Textilreinigung {owner}', 'Einzelunternehmen', 'Reinigung und Änderungen.'),
    pattern('Kfz-Werkstatt {owner}', 'Einzelunternehmen', 'Reparatur und Hauptuntersuchung.'),
  ],
};

export const INTERMEDIARY_NAME_PATTERNS: readonly NamePattern[] = [
  pattern('Freiwilligenagentur {place}', EV, 'Vermittelt Engagement und berät Unternehmen.'),
  pattern('Wirtschaftsförderung {district}', 'GmbH', 'Wirtschaftsförderung des Kreises.'),
  pattern('Netzwerk Offensive Mittelstand {district}', null, 'Regionales OM-Netzwerk.'),
  pattern('Ehrenamtsbüro {place}', null, 'Anlaufstelle für Engagement und Kooperationen.'),
];

/**
 * A surname, skewed towards the common ones as in real life (Müller more often than Kühn):
 * the square of a uniform draw favours the front of the list.
 */
export function familyName(u: number): string {
  return FAMILY_NAMES[Math.floor(u * u * FAMILY_NAMES.length)] ?? 'Müller';
}

/** Fills a pattern; missing values leave their placeholder out. */
export function fillPattern(
  text: string,
  values: {
    place?: string;
    family?: string;
    owner?: string;
    year?: number;
    saint?: string;
    district?: string;
  },
): string {
  return text
    .replace('{place}', values.place ?? '')
    .replace('{family}', values.family ?? '')
    .replace('{owner}', values.owner ?? '')
    .replace('{year}', values.year === undefined ? '' : String(values.year))
    .replace('{saint}', values.saint ?? '')
    .replace('{district}', values.district ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
