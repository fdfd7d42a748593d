/**
 * Places of the Rhein-Neckar region with the representative coordinate of one of their
 * postcodes (GeoNames centroids, rounded). Demo organisations are scattered around them.
 */
export interface DemoPlace {
  city: string;
  postcode: string;
  lat: number;
  lng: number;
  /** Relative weight: larger towns get more organisations. */
  weight: number;
}

export const RHEIN_NECKAR_PLACES: readonly DemoPlace[] = [
  { city: 'Mannheim', postcode: '68159', lat: 49.4891, lng: 8.4669, weight: 10 },
  { city: 'Mannheim', postcode: '68169', lat: 49.5054, lng: 8.4747, weight: 4 },
  { city: 'Mannheim', postcode: '68219', lat: 49.4403, lng: 8.5317, weight: 3 },
  { city: 'Heidelberg', postcode: '69115', lat: 49.4034, lng: 8.6797, weight: 6 },
  { city: 'Heidelberg', postcode: '69120', lat: 49.4197, lng: 8.6716, weight: 3 },
  { city: 'Heidelberg', postcode: '69124', lat: 49.3789, lng: 8.6653, weight: 2 },
  { city: 'Ludwigshafen am Rhein', postcode: '67059', lat: 49.4774, lng: 8.4452, weight: 5 },
  { city: 'Ludwigshafen am Rhein', postcode: '67063', lat: 49.4963, lng: 8.4141, weight: 2 },
  { city: 'Weinheim', postcode: '69469', lat: 49.5487, lng: 8.6704, weight: 3 },
  { city: 'Schwetzingen', postcode: '68723', lat: 49.3831, lng: 8.5714, weight: 2 },
  { city: 'Sinsheim', postcode: '74889', lat: 49.2529, lng: 8.8797, weight: 2 },
  { city: 'Wiesloch', postcode: '69168', lat: 49.2943, lng: 8.6991, weight: 2 },
  { city: 'Speyer', postcode: '67346', lat: 49.3172, lng: 8.4312, weight: 3 },
  { city: 'Viernheim', postcode: '68519', lat: 49.5386, lng: 8.5782, weight: 2 },
  { city: 'Hockenheim', postcode: '68766', lat: 49.3218, lng: 8.5478, weight: 1 },
  { city: 'Leimen', postcode: '69181', lat: 49.3484, lng: 8.6905, weight: 1 },
  { city: 'Eberbach', postcode: '69412', lat: 49.4667, lng: 8.9833, weight: 1 },
  { city: 'Mosbach', postcode: '74821', lat: 49.3528, lng: 9.1455, weight: 2 },
  { city: 'Neckargemünd', postcode: '69151', lat: 49.3896, lng: 8.7958, weight: 1 },
  { city: 'Ladenburg', postcode: '68526', lat: 49.4727, lng: 8.6085, weight: 1 },
  { city: 'Frankenthal (Pfalz)', postcode: '67227', lat: 49.5338, lng: 8.3533, weight: 2 },
  { city: 'Bensheim', postcode: '64625', lat: 49.6811, lng: 8.6167, weight: 2 },
];

export const STREETS: readonly string[] = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schillerstraße',
  'Goethestraße',
  'Friedrichstraße',
  'Neckarstraße',
  'Rheinstraße',
  'Kaiserstraße',
  'Ringstraße',
  'Gartenstraße',
  'Industriestraße',
  'Mühlweg',
  'Lindenallee',
  'Kirchgasse',
  'Am Marktplatz',
  'Schulstraße',
  'Bergstraße',
  'Werftstraße',
  'Luisenring',
  'Carl-Benz-Straße',
  'Hafenstraße',
  'Am Stadtgarten',
];

/** Civil-society organisations: [name pattern, description]; `{city}` is replaced. */
export const ZO_TEMPLATES: readonly (readonly [string, string])[] = [
  ['Turnverein {city} 1862 e.V.', 'Breitensport für alle Generationen, rund 900 Mitglieder.'],
  [
    'Förderverein Kinderhaus {city} e.V.',
    'Unterstützt Kita und Hort mit Ausflügen und Ausstattung.',
  ],
  ['Tafel {city} e.V.', 'Rettet Lebensmittel und gibt sie an Bedürftige weiter.'],
  ['DRK-Ortsverein {city}', 'Sanitätsdienst, Blutspende und Katastrophenschutz vor Ort.'],
  ['Nachbarschaftshilfe {city} e.V.', 'Ehrenamtliche begleiten ältere Menschen im Alltag.'],
  ['NABU-Gruppe {city}', 'Naturschutz, Streuobstwiesen und Umweltbildung.'],
  ['Kulturverein {city} e.V.', 'Konzerte, Lesungen und Ausstellungen in der Region.'],
  ['Freiwillige Feuerwehr {city} – Förderverein', 'Fördert Jugendfeuerwehr und Ausrüstung.'],
  ['Integrationsnetzwerk {city} e.V.', 'Sprachcafés und Patenschaften für Geflüchtete.'],
  ['Lesepaten {city} e.V.', 'Ehrenamtliche lesen mit Grundschulkindern.'],
  ['Sportgemeinschaft {city} e.V.', 'Fußball, Handball und Inklusionssport.'],
  ['Hospizverein {city} e.V.', 'Begleitung schwerkranker Menschen und ihrer Angehörigen.'],
  ['Jugendhaus {city} e.V.', 'Offene Kinder- und Jugendarbeit, Bewerbungstraining.'],
  ['Bürgerstiftung {city}', 'Stiftet Gemeinsinn: Projekte für Bildung und Zusammenhalt.'],
  ['Seniorentreff {city} e.V.', 'Begegnung, Digitalkurse und Mittagstisch für Ältere.'],
  ['Repair-Café {city}', 'Gemeinsam reparieren statt wegwerfen.'],
  ['Schwimmverein {city} e.V.', 'Schwimmkurse für Kinder und Rettungsschwimmen.'],
  ['Musikverein Harmonie {city} e.V.', 'Blasorchester und Jugendkapelle.'],
  ['Arbeitskreis Asyl {city}', 'Beratung und Begleitung bei Behördengängen.'],
  ['Diakonieverein {city} e.V.', 'Sozialberatung, Schuldnerberatung und Kleiderkammer.'],
];

/** Companies: [name pattern, description]; `{name}` is a family name. */
export const KMU_TEMPLATES: readonly (readonly [string, string])[] = [
  ['{name} Haustechnik GmbH', 'Heizung, Sanitär und Lüftung; Ausbildungsbetrieb.'],
  ['Bäckerei {name}', 'Handwerksbäckerei mit acht Filialen in der Region.'],
  ['{name} Elektro GmbH & Co. KG', 'Elektroinstallation und Photovoltaik.'],
  ['Kurpfalz Druck {name} GmbH', 'Offset- und Digitaldruck für Vereine und Unternehmen.'],
  ['{name} Steuerberatung', 'Steuerberatung für Mittelstand und gemeinnützige Organisationen.'],
  ['Neckar IT-Service {name} GmbH', 'IT-Betreuung, Netzwerke und Datensicherheit.'],
  ['Schreinerei {name}', 'Möbel- und Innenausbau nach Maß.'],
  ['{name} Logistik GmbH', 'Regionale Transporte und Lagerhaltung.'],
  ['Autohaus {name} GmbH', 'Verkauf und Werkstatt, 45 Beschäftigte.'],
  ['{name} Metallbau GmbH', 'Stahl- und Metallbau, CNC-Fertigung.'],
  ['Gärtnerei {name}', 'Stauden, Gemüsejungpflanzen und Grünpflege.'],
  ['{name} & Partner Architekten', 'Planung von Wohn- und Gewerbebauten.'],
  ['Pflegedienst {name} GmbH', 'Ambulante Pflege mit 60 Mitarbeitenden.'],
  ['{name} Maschinenbau GmbH', 'Sondermaschinen für die Lebensmittelindustrie.'],
  ['Hotel Zum Ritter {name}', 'Familiengeführtes Hotel mit Tagungsräumen.'],
  ['{name} Bau GmbH', 'Hoch- und Tiefbau, 120 Beschäftigte.'],
  ['Optik {name}', 'Augenoptik und Hörakustik.'],
  ['{name} Software GmbH', 'Individualsoftware und Webanwendungen.'],
  ['Brauerei {name}', 'Privatbrauerei seit 1884.'],
  ['{name} Personalberatung', 'Personalgewinnung für Handwerk und Industrie.'],
];

export const FAMILY_NAMES: readonly string[] = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Braun',
  'Zimmermann',
  'Hartmann',
  'Krüger',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Maier',
  'Huber',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Scholz',
  'Möller',
  'Weiß',
  'Jung',
  'Hahn',
];

export const INTERMEDIARIES: readonly (readonly [string, string, number])[] = [
  [
    'Freiwilligenagentur Rhein-Neckar',
    'Vermittelt Engagement zwischen Vereinen und Unternehmen.',
    3,
  ],
  ['Wirtschaftsförderung Region Rhein-Neckar', 'Netzwerk für Mittelstand und Gemeinwohl.', 0],
];
