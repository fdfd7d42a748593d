/**
 * German texts (default language). Keys are namespaced by area; error keys match the
 * `messageKey` values the API puts into its GraphQL errors.
 */
export const de = {
  app: {
    name: 'Brückenschlag',
    pageTitle: '{{page}} – Brückenschlag',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
  },
  nav: {
    label: 'Hauptnavigation',
    map: 'Karte',
  },
  language: {
    label: 'Sprache',
    name: 'Deutsch',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Adresse gibt es bei Brückenschlag nicht. Vielleicht ist der Link veraltet.',
    backToMap: 'Zur Karte',
  },
  crash: {
    title: 'Etwas ist schiefgelaufen',
    text: 'Die Seite konnte nicht angezeigt werden. Bitte laden Sie sie neu.',
    reload: 'Neu laden',
  },
  map: {
    title: 'Karte',
    heading: 'Organisationen auf der Karte',
    label: 'Karte der Organisationen. Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen.',
    kind: {
      ZO: 'Zivilgesellschaftliche Organisation',
      KMU: 'Kleines oder mittleres Unternehmen',
      INTERMEDIARY: 'Intermediär',
    },
    kindLetter: {
      ZO: 'Z',
      KMU: 'K',
      INTERMEDIARY: 'I',
    },
    marker: '{{name}} ({{kind}})',
    cluster: '{{count}} Organisationen nah beieinander – auswählen zum Vergrößern',
    zoomIn: 'Hineinzoomen',
    zoomOut: 'Herauszoomen',
    closePopup: 'Schließen',
    legend: {
      cluster: 'Mehrere Organisationen – auswählen zum Vergrößern',
      title: 'Legende',
    },
    status: {
      loading: 'Organisationen werden geladen …',
      count_one: '{{count}} Organisation im Ausschnitt',
      count_other: '{{count}} Organisationen im Ausschnitt',
      limitReached:
        'Die {{count}} nächstgelegenen werden gezeigt. Zoomen Sie hinein, um alle zu sehen.',
      organisationsFailed: 'Organisationen konnten nicht geladen werden.',
      configFailed: 'Die Kartenkonfiguration konnte nicht geladen werden.',
      outlinesFailed: 'Die Ländergrenzen konnten nicht geladen werden.',
      retry: 'Erneut versuchen',
    },
  },
  errors: {
    invalidInput: 'Die Eingabe ist ungültig.',
    internal: 'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    network: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
    unknown: 'Ein unbekannter Fehler ist aufgetreten.',
  },
  bounds: {
    inverted:
      'Der Kartenausschnitt ist ungültig: Der Südrand liegt nördlich des Nordrands oder der Westrand östlich des Ostrands.',
    latitude: 'Breitengrade müssen zwischen −90 und 90 liegen.',
    longitude: 'Längengrade müssen zwischen −180 und 180 liegen.',
  },
  organisations: {
    limit: 'Es können zwischen 1 und 5000 Organisationen auf einmal abgefragt werden.',
    invalidId: 'Die Kennung der Organisation ist ungültig.',
    notFound: 'Diese Organisation gibt es nicht (mehr).',
  },
} as const;
