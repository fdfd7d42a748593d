import type { Translations } from './translations';

/** English texts. The type makes a missing or extra key a compile error. */
export const en: Translations = {
  app: {
    name: 'Brückenschlag',
    pageTitle: '{{page}} – Brückenschlag',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
  },
  nav: {
    label: 'Main navigation',
    map: 'Map',
  },
  language: {
    label: 'Language',
    name: 'English',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist on Brückenschlag. The link may be out of date.',
    backToMap: 'Go to the map',
  },
  crash: {
    title: 'Something went wrong',
    text: 'The page could not be shown. Please reload it.',
    reload: 'Reload',
  },
  map: {
    title: 'Map',
    heading: 'Organisations on the map',
    label: 'Map of organisations. Pan with the arrow keys, zoom with plus and minus.',
    kind: {
      ZO: 'Civil-society organisation',
      KMU: 'Small or medium-sized enterprise',
      INTERMEDIARY: 'Intermediary',
    },
    kindLetter: {
      ZO: 'Z',
      KMU: 'K',
      INTERMEDIARY: 'I',
    },
    marker: '{{name}} ({{kind}})',
    cluster: '{{count}} organisations close together – select to zoom in',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    closePopup: 'Close',
    legend: {
      cluster: 'Several organisations – select to zoom in',
      title: 'Legend',
    },
    status: {
      loading: 'Loading organisations …',
      count_one: '{{count}} organisation in view',
      count_other: '{{count}} organisations in view',
      limitReached: 'Showing the {{count}} nearest. Zoom in to see all.',
      organisationsFailed: 'Organisations could not be loaded.',
      configFailed: 'The map configuration could not be loaded.',
      outlinesFailed: 'The state borders could not be loaded.',
      retry: 'Try again',
    },
  },
  errors: {
    invalidInput: 'The input is invalid.',
    internal: 'Something went wrong on the server. Please try again later.',
    network: 'The server cannot be reached. Please check your connection.',
    unknown: 'An unknown error occurred.',
  },
  bounds: {
    inverted:
      'The map area is invalid: its southern edge lies north of its northern edge, or its western edge east of its eastern edge.',
    latitude: 'Latitudes must lie between −90 and 90.',
    longitude: 'Longitudes must lie between −180 and 180.',
  },
  organisations: {
    limit: 'Between 1 and 5000 organisations can be requested at once.',
    invalidId: 'The organisation identifier is invalid.',
    notFound: 'This organisation does not exist (any more).',
  },
};
