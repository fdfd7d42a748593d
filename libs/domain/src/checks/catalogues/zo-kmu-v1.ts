import { deepFreeze } from '../deep-freeze';
import type { CheckVersion } from '../check-types';
import { CHECK_TEMPLATES } from '../templates';
import { attribute, criteria, ex, exits, offers, seeks, theme } from './builders';

/**
 * The practice check for civil-society organisations, "Zusammenarbeit mit KMU in der Region
 * systematisch angehen", version 1. Written in our own words after the BBE/OM practice aid
 * (shared/seeds/000). Directions of topics are from the ZO's point of view.
 *
 * Published: never edit this file's content. Publish a new version file instead.
 */
export const ZO_KMU_V1: CheckVersion = deepFreeze({
  template: CHECK_TEMPLATES.ZO_KMU,
  version: 1,
  publishedAt: '2026-11-22',
  goal: {
    de: 'Ihre Organisation arbeitet gezielt mit Unternehmen zusammen – besonders mit kleinen und mittleren Betrieben aus der Region –, um ihre Ziele wirksamer zu erreichen, ihre Werte bekannter zu machen und neue Möglichkeiten für ihre Arbeit zu erschließen.',
    en: 'Your organisation works with companies in a targeted way, especially small and medium-sized businesses in its region, to reach its goals more effectively, make its values better known and open up new possibilities for its work.',
  },
  checkpoints: [
    {
      number: 1,
      code: 'strategic-benefit',
      title: { de: 'Strategischer Nutzen', en: 'Strategic benefit' },
      statement: {
        de: 'Sie haben in Ihrer Organisation besprochen, was Ihnen die Zusammenarbeit mit Unternehmen – vor allem mit kleinen und mittleren Betrieben in der Region – strategisch bringt, und diesen Nutzen schriftlich festgehalten.',
        en: 'Your organisation has discussed what working with companies, especially small and medium-sized businesses in your region, brings you strategically, and has written this benefit down.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Vorstand und Beteiligte können in wenigen Sätzen sagen, wozu Sie mit Unternehmen zusammenarbeiten wollen und was Sie davon erwarten. Der Nutzen ist konkret benannt – z. B. neue Ehrenamtliche, Fachwissen, verlässliche Finanzierung – und liegt schriftlich vor.',
          en: 'The board and everyone involved can say in a few sentences why you want to work with companies and what you expect from it. The benefit is named concretely, e.g. new volunteers, expertise, reliable funding, and is written down.',
        },
        whyItMatters: {
          de: 'Wer seinen Nutzen kennt, kann Unternehmen gezielt ansprechen, Prioritäten setzen und später prüfen, ob sich die Zusammenarbeit lohnt. Ohne klares Ziel bleibt es bei Zufallskontakten.',
          en: 'Knowing the benefit lets you approach companies purposefully, set priorities and check later whether the cooperation pays off. Without a clear aim, contacts stay a matter of chance.',
        },
      },
      examples: [
        ex(
          'zo-1-allies-for-values',
          'Unternehmen der Region als Verbündete gewinnen, die die eigenen Anliegen und Werte mittragen und weitertragen, und dabei neue Partner und Fachwissen erschließen',
          'Win local companies as allies who share and spread our concerns and values, gaining new partners and expertise along the way',
        ),
        ex(
          'zo-1-strengths-for-companies',
          'Eigene Kompetenzen und Dienstleistungen, die auch für Betriebe wertvoll sind, gemeinsam mit Partnern aus der Arbeitswelt weiterentwickeln und dort anbieten',
          'Develop our own skills and services that are valuable to businesses too, together with partners from the working world, and offer them there',
          offers('training-modules'),
        ),
        ex(
          'zo-1-volunteers',
          'Über die Zusammenarbeit gezielt Beschäftigte von Unternehmen ansprechen und als Ehrenamtliche gewinnen',
          'Use the cooperation to approach company employees directly and win them as volunteers',
          seeks('volunteers'),
        ),
        ex(
          'zo-1-professionalise',
          'Die eigene Arbeitsweise mit Unterstützung aus Unternehmen prüfen und professionalisieren, etwa bei IT, Verwaltung, Budgetplanung, Personalführung, Arbeitsschutz und Qualitätssicherung',
          'Review and professionalise the way we work with support from companies, e.g. in IT, administration, budgeting, leadership, occupational safety and quality assurance',
          seeks('expertise-it'),
          seeks('expertise-admin'),
          seeks('expertise-finance'),
          seeks('expertise-hr'),
          seeks('expertise-safety'),
          seeks('expertise-quality'),
        ),
        ex(
          'zo-1-digital-solutions',
          'Mit dem Fachwissen von Unternehmen Lösungen für neue Möglichkeiten entwickeln, etwa für die Digitalisierung der eigenen Arbeit',
          'Develop solutions for new opportunities with the help of company expertise, e.g. for digitalising our work',
          seeks('expertise-digital'),
          theme('digitalisation'),
        ),
        ex(
          'zo-1-helpers',
          'Für einzelne Aktionen und Projekte, an denen Unternehmen beteiligt sind, Helferinnen und Helfer gewinnen',
          'Recruit helpers for single events and projects in which companies take part',
          seeks('helpers-for-events'),
        ),
        ex(
          'zo-1-value-of-engagement',
          'Den Stellenwert von sozialem Engagement und den eigenen Werten in Betrieben stärken, weil Beschäftigte sie in der Zusammenarbeit selbst erleben',
          'Raise the standing of social engagement and of our values in businesses, because employees experience them first-hand in the cooperation',
        ),
        ex(
          'zo-1-reliable-funding',
          'Einen Teil der eigenen Arbeit dauerhaft und verlässlich finanzieren',
          'Put part of our work on a lasting and reliable financial footing',
          seeks('donations'),
          seeks('sponsoring'),
        ),
        ex(
          'zo-1-strategic-partner',
          'Durch Kooperationen mit Betrieben der Region als strategischer Partner attraktiver werden',
          'Become a more attractive strategic partner through cooperation with local businesses',
        ),
        ex(
          'zo-1-regional-development',
          'Gemeinsam mit Unternehmen die Entwicklung der Region mitgestalten, etwa ihre soziale Attraktivität als Wohn- und Wirtschaftsstandort und die Förderung bürgerschaftlichen Engagements',
          "Shape the region's development together with companies, e.g. its social appeal as a place to live and do business, and the promotion of civic engagement",
          theme('regional-development'),
        ),
      ],
    },
    {
      number: 2,
      code: 'cooperation-possibilities',
      title: { de: 'Möglichkeiten der Zusammenarbeit', en: 'Possibilities for cooperation' },
      statement: {
        de: 'Sie wissen, welche Themen und Ziele für eine Zusammenarbeit mit Unternehmen in Frage kommen. Sie haben entschieden, was Sie von Betrieben suchen und was Sie ihnen im Gegenzug anbieten können.',
        en: 'You know which topics and goals are possible for cooperation with companies. You have decided what you are looking for from businesses and what you can offer them in return.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Sie haben eine kurze Liste mit zwei Spalten: Was suchen wir (z. B. Ehrenamtliche, Sachleistungen, Fachwissen)? Was bieten wir (z. B. Mentoring für Auszubildende, Teameinsätze, Wissen zur Inklusion)? Beide Spalten sind gefüllt.',
          en: 'You have a short list with two columns: what are we looking for (e.g. volunteers, in-kind support, expertise)? What do we offer (e.g. mentoring for apprentices, team days, inclusion know-how)? Both columns are filled in.',
        },
        whyItMatters: {
          de: 'Eine Zusammenarbeit trägt, wenn beide Seiten etwas davon haben. Wer auch ein Angebot mitbringt, tritt als Partner auf und nicht als Bittsteller – und Brückenschlag kann Sie mit Betrieben zusammenbringen, die genau das suchen.',
          en: 'A cooperation lasts when both sides gain from it. Bringing something to offer makes you a partner rather than a petitioner, and lets Brückenschlag connect you with businesses looking for exactly that.',
        },
      },
      examples: [
        ex(
          'zo-2-volunteers-seek',
          'Engagierte Menschen über Unternehmen gewinnen, z. B. erfahrene ältere Fachkräfte',
          'Gain committed people through companies, e.g. experienced older skilled staff',
          seeks('volunteers'),
        ),
        ex(
          'zo-2-helpers-seek',
          'Beschäftigte als Helfende für einzelne Aktionen, Feste oder Projekte gewinnen',
          'Gain employees as helpers for single events, festivals or projects',
          seeks('helpers-for-events'),
        ),
        ex(
          'zo-2-transition-coaching-seek',
          'Unternehmen für ein Perspektiv-Coaching ihrer Beschäftigten ab 55 gewinnen, das ein Ehrenamt nach dem Berufsleben als Möglichkeit einschließt',
          'Encourage companies to offer transition coaching for their staff aged 55+ that includes volunteering after working life as an option',
          seeks('transition-coaching'),
        ),
        ex(
          'zo-2-transition-coaching-offer',
          'Bausteine für ein Perspektiv-Coaching anbieten: Beschäftigten vor dem Ruhestand zeigen, wo und wie sie sich engagieren können',
          'Offer elements for transition coaching: show staff approaching retirement where and how they can volunteer',
          offers('transition-coaching'),
        ),
        ex(
          'zo-2-donations-seek',
          'Spenden von Unternehmen für die eigene Arbeit einwerben',
          'Raise donations from companies for our work',
          seeks('donations'),
        ),
        ex(
          'zo-2-sponsoring-seek',
          'Sponsoring vereinbaren, bei dem das Unternehmen als Förderer sichtbar wird, z. B. bei Veranstaltungen oder auf Trikots',
          'Agree sponsorships in which the company is visible as a supporter, e.g. at events or on team shirts',
          seeks('sponsoring'),
        ),
        ex(
          'zo-2-in-kind-seek',
          'Sachleistungen für einzelne Vorhaben erhalten, etwa Geräte, Arbeitsmaterial, Räume oder Hilfe bei Renovierung und Sanierung',
          'Receive in-kind support for particular projects, such as equipment, materials, rooms or help with renovation and refurbishment',
          seeks('in-kind'),
        ),
        ex(
          'zo-2-hospitation-seek',
          'Hospitationen in Unternehmen für Vorstandsmitglieder, Haupt- und Ehrenamtliche ermöglichen',
          'Arrange job shadowing in companies for board members, paid staff and volunteers',
          seeks('hospitation'),
        ),
        ex(
          'zo-2-release-time-seek',
          'Mit Betrieben flexible Einsatzzeiten oder Freistellungen vereinbaren, z. B. für Feuerwehr und THW',
          'Agree flexible working hours or release from work with businesses, e.g. for the fire brigade and THW',
          seeks('release-time'),
        ),
        ex(
          'zo-2-internships-seek',
          'Praktikumsplätze und Einblicke in Berufe für die Menschen gewinnen, die die Organisation begleitet',
          'Obtain internships and career insights for the people our organisation supports',
          seeks('internships'),
        ),
        ex(
          'zo-2-expertise-it-seek',
          'Unterstützung durch IT-Fachleute aus Unternehmen gewinnen',
          'Get support from IT professionals in companies',
          seeks('expertise-it'),
        ),
        ex(
          'zo-2-expertise-digital-seek',
          'Begleitung bei der Digitalisierung der eigenen Abläufe und Angebote gewinnen',
          'Get guidance on digitalising our processes and services',
          seeks('expertise-digital'),
        ),
        ex(
          'zo-2-expertise-finance-seek',
          'Rat zu Finanzen, Budgetplanung und Controlling einholen',
          'Get advice on finance, budgeting and controlling',
          seeks('expertise-finance'),
        ),
        ex(
          'zo-2-expertise-hr-seek',
          'Erfahrung aus Unternehmen für Personalführung und Freiwilligenmanagement nutzen',
          'Draw on company experience in leadership and volunteer management',
          seeks('expertise-hr'),
        ),
        ex(
          'zo-2-expertise-safety-seek',
          'Unterstützung beim Arbeits- und Gesundheitsschutz für Haupt- und Ehrenamtliche gewinnen',
          'Get support with occupational safety and health for paid staff and volunteers',
          seeks('expertise-safety'),
        ),
        ex(
          'zo-2-expertise-quality-seek',
          'Methoden des Qualitätsmanagements aus Unternehmen kennenlernen und übernehmen',
          'Learn quality management methods from companies and adopt them',
          seeks('expertise-quality'),
        ),
        ex(
          'zo-2-expertise-admin-seek',
          'Hilfe bei Verwaltung und Büroorganisation gewinnen',
          'Get help with administration and office organisation',
          seeks('expertise-admin'),
        ),
        ex(
          'zo-2-apprentice-mentoring-offer',
          'Mentorinnen und Mentoren stellen, die Bewerberinnen und Bewerber auf die Ausbildung vorbereiten und helfen, drohende Ausbildungsabbrüche zu verhindern',
          'Provide mentors who prepare candidates for an apprenticeship and help prevent threatened drop-outs',
          offers('apprentice-mentoring'),
        ),
        ex(
          'zo-2-team-days-offer',
          'Attraktive Teameinsätze und Team-Patenschaften für Beschäftigte von Unternehmen entwickeln – etwa im Naturpark, in der Pflege, in der Gemeindearbeit oder im Sportverein –, die Zusammenhalt und Unternehmenskultur stärken',
          'Design attractive team days and team sponsorships for company staff, e.g. in a nature park, in care, in parish work or at a sports club, that strengthen team spirit and company culture',
          offers('team-days'),
        ),
        ex(
          'zo-2-addiction-prevention-offer',
          'Auf Betriebe zugeschnittene Angebote zur Suchtprävention und Suchthilfe machen',
          'Provide addiction prevention and support tailored to businesses',
          offers('addiction-prevention'),
        ),
        ex(
          'zo-2-inclusion-offer',
          'Das eigene Wissen zur beruflichen Inklusion Betrieben zur Verfügung stellen',
          'Make our know-how on vocational inclusion available to businesses',
          offers('inclusion'),
        ),
        ex(
          'zo-2-engagement-consulting-offer',
          'Unternehmen bei eigenen Engagement-Projekten und -Ideen beraten',
          'Advise companies on their own engagement projects and ideas',
          offers('engagement-consulting'),
        ),
        ex(
          'zo-2-workforce-recruitment-offer',
          'Betriebe über Mitglieder und Ehrenamtliche bei der Suche nach Auszubildenden und Fachkräften unterstützen, auch unter Zugewanderten',
          'Help businesses find apprentices and skilled staff, including migrants, through our members and volunteers',
          offers('workforce-recruitment'),
        ),
        ex(
          'zo-2-training-modules-offer',
          'Weiterbildungsbausteine für Betriebe anbieten, etwa zu sozialer Kompetenz, Vielfalt oder Erster Hilfe',
          'Offer training modules for businesses, e.g. on social skills, diversity or first aid',
          offers('training-modules'),
        ),
        ex(
          'zo-2-service-learning-offer',
          'Einsatzorte für Service Learning anbieten, an denen Auszubildende und Beschäftigte durch gemeinnützige Arbeit lernen',
          'Offer service-learning placements where apprentices and employees learn through community work',
          offers('service-learning'),
        ),
        ex(
          'zo-2-visibility-offer',
          'Partnerunternehmen öffentlich sichtbar machen, z. B. auf der eigenen Website, in Pressemitteilungen und bei Veranstaltungen',
          'Make partner companies publicly visible, e.g. on our website, in press releases and at events',
          offers('visibility'),
        ),
      ],
    },
    {
      number: 3,
      code: 'planning',
      title: { de: 'Zusammenarbeit planen', en: 'Planning the cooperation' },
      statement: {
        de: 'Sie haben einen Plan, wie Sie die gewählten Themen und Ziele gemeinsam mit Unternehmen umsetzen – einschließlich der Anforderungen, die Partnerbetriebe erfüllen sollen, und der Gründe, aus denen Sie eine Zusammenarbeit beenden würden.',
        en: 'You have a plan for putting the chosen topics and goals into practice with companies, including the requirements partner businesses should meet and the reasons for which you would end a cooperation.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Der Plan ist schriftlich und kurz: Themen, Ziele, erste Maßnahmen, Verantwortliche, Qualitätskriterien und Abbruchkriterien. Er berücksichtigt, was Ihre Haupt- und Ehrenamtlichen können und wo sie bereits Kontakte zu Betrieben haben.',
          en: 'The plan is written and short: topics, goals, first measures, who is responsible, quality criteria and exit criteria. It takes into account what your paid staff and volunteers can do and where they already have contacts in businesses.',
        },
        whyItMatters: {
          de: 'Ein Plan macht die Zusammenarbeit unabhängig von einzelnen Personen und gibt allen, die mit Betrieben sprechen, eine gemeinsame Grundlage. Vorab festgelegte Kriterien schützen Ihre Werte und ersparen Ihnen schwierige Entscheidungen unter Zeitdruck.',
          en: 'A plan makes the cooperation independent of individual people and gives everyone who talks to businesses a common basis. Criteria set in advance protect your values and spare you difficult decisions under time pressure.',
        },
      },
      examples: [
        ex(
          'zo-3-forms-of-cooperation',
          'Für jedes gewählte Thema die Form der Zusammenarbeit festlegen: Fachwissen aus der Wirtschaft nutzen, eigene Expertise in Betriebe einbringen, gemeinsame Projekte (z. B. Service Learning, Perspektiv-Coaching, Teameinsätze), Förderung des eigenen Auftrags oder Sponsoring',
          'For each chosen topic, decide on the form of cooperation: using business expertise, bringing our expertise into companies, joint projects (e.g. service learning, transition coaching, team days), support for our mission, or sponsorship',
        ),
        ex(
          'zo-3-members-in-companies',
          'Ermitteln, welche Ehrenamtlichen und Mitglieder in welchen Betrieben arbeiten und ob sich darüber Möglichkeiten der Zusammenarbeit ergeben',
          'Find out which volunteers and members work at which businesses and whether this opens up opportunities for cooperation',
        ),
        ex(
          'zo-3-risks',
          'Chancen und Risiken jeder möglichen Form der Zusammenarbeit abwägen und festhalten',
          'Weigh up and record the opportunities and risks of each possible form of cooperation',
        ),
        ex(
          'zo-3-theme-climate',
          'Klimaschutz und Klimaanpassung als gemeinsames Themenfeld mit Unternehmen festlegen',
          'Choose climate protection and adaptation as a theme to work on with companies',
          theme('climate'),
        ),
        ex(
          'zo-3-theme-energy-transition',
          'Die Energiewende als gemeinsames Themenfeld festlegen, z. B. Energiesparen in Vereinsheim und Betrieb',
          'Choose the energy transition as a shared theme, e.g. saving energy in the clubhouse and in the business',
          theme('energy-transition'),
        ),
        ex(
          'zo-3-theme-digitalisation',
          'Digitalisierung als gemeinsames Themenfeld festlegen',
          'Choose digitalisation as a shared theme',
          theme('digitalisation'),
        ),
        ex(
          'zo-3-theme-migration',
          'Migration und Integration als gemeinsames Themenfeld festlegen, z. B. Engagement in Unterkünften für Geflüchtete',
          'Choose migration and integration as a shared theme, e.g. engagement in refugee accommodation',
          theme('migration'),
        ),
        ex(
          'zo-3-theme-education',
          'Bildung als gemeinsames Themenfeld festlegen, z. B. Weiterbildung der eigenen Haupt- und Ehrenamtlichen, Engagement in Schulen und Kitas oder Nachhilfe',
          'Choose education as a shared theme, e.g. training for our paid staff and volunteers, engagement in schools and day-care centres, or tutoring',
          theme('education'),
        ),
        ex(
          'zo-3-theme-competence-management',
          'Kompetenzmanagement als gemeinsames Themenfeld festlegen: Fähigkeiten erkennen, entwickeln und nutzen',
          'Choose competence management as a shared theme: recognising, developing and using skills',
          theme('competence-management'),
        ),
        ex(
          'zo-3-theme-work-life-balance',
          'Die Vereinbarkeit von Beruf, Familie und Engagement als gemeinsames Themenfeld festlegen',
          'Choose balancing work, family and volunteering as a shared theme',
          theme('work-life-balance'),
        ),
        ex(
          'zo-3-theme-environment',
          'Umwelt- und Naturschutz als gemeinsames Themenfeld festlegen, z. B. Pflegeeinsätze in Parks und Schutzgebieten',
          'Choose environment and nature conservation as a shared theme, e.g. maintenance work in parks and nature reserves',
          theme('environment'),
        ),
        ex(
          'zo-3-theme-health',
          'Gesundheit als gemeinsames Themenfeld festlegen, z. B. Prävention und Bewegung',
          'Choose health as a shared theme, e.g. prevention and exercise',
          theme('health'),
        ),
        ex(
          'zo-3-theme-sport',
          'Sport und Bewegung als gemeinsames Themenfeld festlegen',
          'Choose sport and exercise as a shared theme',
          theme('sport'),
        ),
        ex(
          'zo-3-theme-culture',
          'Kultur als gemeinsames Themenfeld festlegen',
          'Choose culture as a shared theme',
          theme('culture'),
        ),
        ex(
          'zo-3-theme-care',
          'Pflege als gemeinsames Themenfeld festlegen, z. B. Besuchsdienste oder Entlastung pflegender Angehöriger',
          'Choose care as a shared theme, e.g. visiting services or relief for family carers',
          theme('care'),
        ),
        ex(
          'zo-3-theme-youth',
          'Kinder und Jugend als gemeinsames Themenfeld festlegen',
          'Choose children and young people as a shared theme',
          theme('youth'),
        ),
        ex(
          'zo-3-theme-seniors',
          'Ältere Menschen als gemeinsames Themenfeld festlegen',
          'Choose older people as a shared theme',
          theme('seniors'),
        ),
        ex(
          'zo-3-theme-disaster-relief',
          'Bevölkerungs- und Katastrophenschutz als gemeinsames Themenfeld festlegen, z. B. Feuerwehr und THW',
          'Choose civil protection and disaster relief as a shared theme, e.g. the fire brigade and THW',
          theme('disaster-relief'),
        ),
        ex(
          'zo-3-theme-regional-development',
          'Regionalentwicklung als gemeinsames Themenfeld festlegen',
          'Choose regional development as a shared theme',
          theme('regional-development'),
        ),
        ex(
          'zo-3-joint-goals',
          'Für jedes gewählte Themenfeld Ziele formulieren, die gemeinsam mit Unternehmen verfolgt werden',
          'Set goals for each chosen theme that are pursued jointly with companies',
        ),
        ex(
          'zo-3-encourage-staff-engagement',
          'Mit Betrieben darüber sprechen, was es ihnen bringt, ihre Beschäftigten zu privatem Engagement zu ermutigen',
          'Talk to businesses about what they gain from encouraging their employees to volunteer privately',
          offers('engagement-consulting'),
        ),
        ex(
          'zo-3-members-recruit-staff',
          'Mitgliedern und Ehrenamtlichen ermöglichen, für Betriebe Auszubildende und Fachkräfte zu gewinnen, auch unter Zugewanderten („Beschäftigte werben Beschäftigte“)',
          'Enable members and volunteers to recruit apprentices and skilled staff for businesses, including migrants ("employees recruit employees")',
          offers('workforce-recruitment'),
        ),
        ex(
          'zo-3-mentoring-at-contact-points',
          'Regionale Anlaufstellen wie Freiwilligenzentren, Häuser der Kooperation und Kammern über die eigenen Mentoring-Angebote für Betriebe informieren',
          'Inform regional contact points such as volunteer centres, cooperation hubs and chambers about our mentoring offers for businesses',
          offers('apprentice-mentoring'),
        ),
        ex(
          'zo-3-training-modules',
          'Weiterbildungsbausteine aus der Zivilgesellschaft entwickeln, die Fach-, Personal- und Sozialkompetenz von Führungskräften und Beschäftigten stärken – als allgemeine Angebote und in besonderen Formaten',
          'Develop civil-society training modules that strengthen the professional, personal and social skills of managers and staff, both as general offers and in special formats',
          offers('training-modules'),
        ),
        ex(
          'zo-3-service-learning-formats',
          'Mit Betrieben geeignete Formate, etwa für Service Learning, samt der erwarteten Ergebnisse verabreden',
          'Agree suitable formats with businesses, e.g. for service learning, including the expected results',
          offers('service-learning'),
        ),
        ex(
          'zo-3-fields-of-action',
          'Konkrete Einsatzfelder für Beschäftigte von Betrieben benennen, z. B. Umweltschutz, Schulen und Kitas, Feuerwehr, Unterkünfte für Geflüchtete, Praktika oder Nachhilfe',
          'Name concrete fields of action for company employees, e.g. environmental protection, schools and day-care centres, the fire brigade, refugee accommodation, internships or tutoring',
          seeks('volunteers'),
        ),
        ex(
          'zo-3-quality-criteria',
          'Qualitätskriterien festlegen, die Partnerunternehmen erfüllen sollen, damit die Zusammenarbeit zu den eigenen Werten passt – z. B. Ruf, Qualität der Arbeit, Personalführung, Betriebsklima, Arbeitsschutz, Umweltschutz, unterzeichnete INQA- oder OM-Praxisvereinbarungen',
          'Set quality criteria that partner companies should meet so that the cooperation fits our values, e.g. reputation, quality of work, leadership, work climate, occupational safety, environmental protection, signed INQA or OM practice agreements',
          criteria(
            'reputation',
            'quality-of-work',
            'leadership',
            'work-climate',
            'occupational-safety-health',
            'environmental-protection',
            'inqa-om-agreement',
          ),
        ),
        ex(
          'zo-3-exit-criteria',
          'Abbruchkriterien festlegen, z. B. Verstöße gegen die Qualitätskriterien oder die Vereinbarung, eine Gefahr für den eigenen Ruf oder erreichte Ziele',
          'Set exit criteria, e.g. breaches of the quality criteria or of the agreement, a risk to our reputation, or goals having been reached',
          exits(
            'partner-violates-values',
            'quality-criteria-not-met',
            'agreement-breached',
            'no-contact-person',
            'reputational-risk',
            'undue-influence',
            'safety-disregarded',
            'paid-work-displaced',
            'conflict-unresolved',
            'goals-reached',
            'capacity-exhausted',
          ),
        ),
        ex(
          'zo-3-include-competences',
          'Die Fähigkeiten der eigenen Haupt- und Ehrenamtlichen in die Planung einbeziehen',
          'Include the skills of our paid staff and volunteers in the planning',
        ),
        ex(
          'zo-3-quality-management',
          'Ein bestehendes Qualitätsmanagement um Abläufe für Kooperationen mit Betrieben ergänzen',
          'Extend existing quality management with processes for cooperating with businesses',
        ),
        ex(
          'zo-3-written-plan',
          'Planung, Ziele, Themen und Maßnahmen schriftlich festhalten, damit alle, die mit Betrieben sprechen, gut vorbereitet sind',
          'Write down the plan, goals, topics and measures so that everyone who talks to businesses is well prepared',
        ),
        ex(
          'zo-3-inform-contact-points',
          'Regionale Anlaufstellen darüber informieren, wie Betriebe mit der Organisation zusammenarbeiten können – z. B. Freiwilligenagenturen, Wirtschaftsförderung, Kammern, Verbände, regionale Netzwerke, Kommune und Agentur für Arbeit',
          'Tell regional contact points how businesses can work with our organisation, e.g. volunteer agencies, economic development, chambers, associations, regional networks, the municipality and the employment agency',
        ),
      ],
    },
    {
      number: 4,
      code: 'different-mindsets',
      title: {
        de: 'Unterschiedliche Denk- und Sprachwelten',
        en: 'Different mindsets and languages',
      },
      statement: {
        de: 'Ihnen ist bewusst, dass bürgerschaftliches Engagement und Arbeitswelt unterschiedlichen Logiken folgen. Sie berücksichtigen das in der Kommunikation mit Betrieben und haben sich in Ihrer Organisation darauf vorbereitet.',
        en: 'You are aware that civic engagement and the world of work follow different logics. You take this into account when communicating with businesses and have prepared for it within your organisation.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Das Thema wurde in einer Besprechung aufgegriffen. Alle, die mit Betrieben zu tun haben, wissen, dass Unternehmen in Kosten, Zeit und Nutzen denken, und können Ihre Anliegen in dieser Sprache erklären, ohne die eigenen Werte aufzugeben.',
          en: 'The subject has been raised in a meeting. Everyone dealing with businesses knows that companies think in terms of cost, time and benefit, and can explain your concerns in that language without giving up your own values.',
        },
        whyItMatters: {
          de: 'Viele Kooperationen scheitern nicht am Willen, sondern an Missverständnissen: Begriffe wie „Ehrenamt“, „Projekt“ oder „kurzfristig“ bedeuten nicht für alle dasselbe. Wer das einplant, erspart beiden Seiten Enttäuschungen.',
          en: 'Many cooperations fail not for lack of will but through misunderstandings: words like "volunteering", "project" or "at short notice" do not mean the same to everyone. Planning for this spares both sides disappointment.',
        },
      },
      examples: [
        ex(
          'zo-4-respect-business-logic',
          'Die Denkweise von Betrieben ernst nehmen und ihre eigenen Interessen und Ziele als berechtigt anerkennen',
          "Take businesses' way of thinking seriously and accept their own interests and goals as legitimate",
        ),
        ex(
          'zo-4-expect-misunderstandings',
          'Damit rechnen, dass die Verständigung trotz gutem Willen schwierig sein kann, und Missverständnisse durch unterschiedliche Begriffe einplanen',
          'Expect that communication can be difficult despite good will, and allow for misunderstandings caused by different terms',
        ),
        ex(
          'zo-4-own-rules-shared-aim',
          'Klarmachen, dass jede Seite nach ihren eigenen Regeln handelt – mit dem gemeinsamen Ziel, dass die Zusammenarbeit gelingt',
          'Make clear that each side acts by its own rules, with the shared aim of making the cooperation succeed',
        ),
        ex(
          'zo-4-agree-case-by-case',
          'Nicht versuchen, wie der Partner zu werden, sondern jede Zusammenarbeit einzeln vereinbaren – mit klar benannten Themen, Zielen, Schritten, Finanzen und Bedingungen',
          'Do not try to become like the partner; agree each cooperation individually, with clearly named topics, goals, steps, finances and conditions',
        ),
        ex(
          'zo-4-openness-trust',
          'Offenheit, Vertrauen, persönliche Beziehungen und Geduld bewusst pflegen, weil sie die Aussichten auf Erfolg erhöhen',
          'Deliberately cultivate openness, trust, personal relationships and patience, because they improve the chances of success',
        ),
        ex(
          'zo-4-discuss-in-meetings',
          'Unterschiedliche Denk- und Sprachwelten in einer Besprechung mit Haupt- und Ehrenamtlichen zum Thema machen',
          'Make different mindsets and languages a topic in a meeting with paid staff and volunteers',
        ),
        ex(
          'zo-4-glossary',
          'Eine kurze Übersicht wichtiger Begriffe beider Seiten anlegen, z. B. Gemeinnützigkeit, Zuwendungsbestätigung, Freistellung',
          'Create a short glossary of key terms from both sides, e.g. charitable status, donation receipt, release from work',
        ),
      ],
    },
    {
      number: 5,
      code: 'contact-development',
      title: { de: 'Kontakte zu Unternehmen aufbauen', en: 'Building contacts with companies' },
      statement: {
        de: 'Sie bauen auf Grundlage Ihrer Planung gezielt und systematisch Kontakte zu Betrieben in der Region auf und sprechen Unternehmen an, die zu Ihnen passen.',
        en: 'Based on your plan, you build contacts with businesses in the region purposefully and systematically, and approach companies that suit you.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Sie wissen, welche Betriebe Sie ansprechen wollen und warum, wer den Kontakt aufnimmt und mit welchen Unterlagen. Vor dem ersten Gespräch haben Sie geprüft, ob der Betrieb Ihre Qualitätskriterien erfüllt, und Ihre eigenen Nachweise liegen bereit.',
          en: 'You know which businesses you want to approach and why, who makes contact and with which materials. Before the first conversation you have checked whether the business meets your quality criteria, and your own evidence is ready.',
        },
        whyItMatters: {
          de: 'Gezielte Ansprache ist erfolgreicher als Rundschreiben, und persönliche Kontakte über Ihre Ehrenamtlichen öffnen oft Türen, die sonst verschlossen bleiben.',
          en: 'Targeted approaches work better than circulars, and personal contacts through your volunteers often open doors that would otherwise stay closed.',
        },
      },
      examples: [
        ex(
          'zo-5-information-materials',
          'Informationsmaterial für Betriebe festlegen (Flyer, Infoblatt, Website) und darin die Zusammenarbeit mit Unternehmen aufgreifen',
          'Decide on information materials for businesses (flyer, fact sheet, website) and cover cooperation with companies in them',
        ),
        ex(
          'zo-5-check-criteria-first',
          'Vor der ersten Kontaktaufnahme prüfen, ob ein Betrieb die in Checkpunkt 3 festgelegten Qualitätskriterien erfüllt',
          'Before the first contact, check whether a business meets the quality criteria set in checkpoint 3',
        ),
        ex(
          'zo-5-contacts-via-volunteers',
          'Festlegen, welche Vorstandsmitglieder und Ehrenamtlichen auf Grundlage der Planung Kontakt zu den Betrieben aufnehmen, in denen sie arbeiten',
          'Decide which board members and volunteers contact the businesses they work for, based on the plan',
        ),
        ex(
          'zo-5-prepare-contacts',
          'Diese Personen vorbereiten und unterstützen, z. B. mit Vorgesprächen, einem Budget für Fahrt- und Bewirtungskosten und Schulungen in Gesprächsführung',
          'Prepare and support these people, e.g. with briefings, a budget for travel and hospitality, and training in conversation skills',
        ),
        ex(
          'zo-5-business-networks',
          'Herausfinden, in welchen Unternehmensnetzwerken Betriebe mitarbeiten und ob sich diese Netzwerke für Kontakte nutzen lassen',
          'Find out which business networks companies belong to and whether these networks can be used to make contacts',
        ),
        ex(
          'zo-5-events-fairs',
          'Veranstaltungen, Kongresse und Messen nutzen, um Betriebe kennenzulernen',
          'Use events, conferences and trade fairs to get to know businesses',
        ),
        ex(
          'zo-5-social-days',
          'Öffentliche Gemeinschaftsaktionen (Social Days) – z. B. eine Aufräumaktion im Park oder den Bau eines Spielgeräts für eine Kita – nutzen, um Vertrauen für eine dauerhafte Partnerschaft aufzubauen',
          'Use public community action days (social days), e.g. a park clean-up or building play equipment for a day-care centre, to build trust for a lasting partnership',
          offers('team-days'),
        ),
        ex(
          'zo-5-exchange-experience',
          'Mit anderen Organisationen Erfahrungen mit Betrieben in der Region austauschen – allgemein und zu einzelnen Unternehmen',
          'Share experiences of local businesses with other organisations, both in general and about individual companies',
        ),
        ex(
          'zo-5-mirrored-check',
          'Früh klären, ob der Betrieb den Praxis-Check für Unternehmen kennt, und ihn gegebenenfalls ermutigen, ihn zu nutzen',
          'Find out early whether the business knows the practice check for companies and, if not, encourage it to use it',
        ),
        ex(
          'zo-5-outside-help',
          'Bei Bedarf Unterstützung von außen holen, z. B. von Kammern, der Wirtschaftsförderung oder qualifizierten, vertrauenswürdigen Beraterinnen und Beratern',
          'Get outside help where needed, e.g. from chambers, economic development agencies or qualified, trustworthy consultants',
        ),
        ex(
          'zo-5-refer-elsewhere',
          'Kooperationsbereite Betriebe, deren Möglichkeiten nicht zur eigenen Organisation passen, an andere Organisationen oder Anlaufstellen weitervermitteln',
          'Refer willing businesses whose possibilities do not fit our organisation to other organisations or contact points',
        ),
        ex(
          'zo-5-proof-charitable-status',
          'Den aktuellen Freistellungsbescheid des Finanzamts bereithalten, um die Gemeinnützigkeit belegen zu können',
          'Keep the current tax exemption notice to hand so that charitable status can be proven',
          attribute('charitable-status'),
        ),
        ex(
          'zo-5-publish-financial-report',
          'Einen Jahres- und Finanzbericht veröffentlichen, damit Betriebe sehen, wie die Organisation mit ihren Mitteln umgeht',
          'Publish an annual and financial report so that businesses can see how the organisation uses its funds',
          attribute('financial-report-published'),
        ),
      ],
    },
    {
      number: 6,
      code: 'agreements',
      title: { de: 'Vereinbarungen', en: 'Agreements' },
      statement: {
        de: 'Sie vereinbaren mit jedem Betrieb, wie Sie zusammenarbeiten und sich gegenseitig unterstützen. Die Ziele beider Seiten, die Themen, die Abläufe und die nötigen Mittel sind eindeutig benannt.',
        en: "With each business you agree how you will work together and support each other. Both sides' goals, the topics, the procedures and the resources needed are clearly named.",
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Für größere Vorhaben gibt es eine schriftliche Vereinbarung, die beide Seiten unterzeichnet haben: Ziel und Umfang, Ansprechpersonen, Aufwand und Mittel, Leistung und Gegenleistung, Versicherungsschutz, Sicherheit, Umgang mit Konflikten und Termine für gemeinsame Auswertungen.',
          en: 'Larger projects have a written agreement signed by both sides: aim and scope, contact persons, effort and resources, what each side gives and receives, insurance cover, safety, handling of conflicts and dates for joint reviews.',
        },
        whyItMatters: {
          de: 'Klare Absprachen schützen beide Seiten vor falschen Erwartungen, klären Haftung und steuerliche Fragen und machen die Zusammenarbeit auswertbar. Brückenschlag führt Sie Punkt für Punkt durch eine solche Vereinbarung.',
          en: 'Clear arrangements protect both sides from false expectations, settle liability and tax questions and make the cooperation possible to evaluate. Brückenschlag guides you through such an agreement point by point.',
        },
      },
      examples: [
        ex(
          'zo-6-aim-scope',
          'Ziel, Umfang und Maßnahmen der Zusammenarbeit möglichst konkret beschreiben',
          'Describe the aim, scope and measures of the cooperation as concretely as possible',
        ),
        ex(
          'zo-6-named-contacts',
          'Die Ansprechpersonen, die die Zusammenarbeit koordinieren, auf beiden Seiten namentlich festlegen',
          'Name the contact persons on both sides who coordinate the cooperation',
          attribute('named-contact-person'),
        ),
        ex(
          'zo-6-framework',
          'Rahmenbedingungen vereinbaren: beteiligte Personen, nötige Fähigkeiten, Zeitaufwand und Finanzmittel',
          'Agree the framework: people involved, skills needed, time required and funding',
        ),
        ex(
          'zo-6-give-and-take',
          'Festlegen, welche Leistung und Gegenleistung den Interessen und Möglichkeiten beider Seiten entsprechen – auch steuerlich, etwa ob es sich um eine Spende oder um Sponsoring handelt',
          "Define what each side gives and receives in line with both sides' interests and possibilities, including for tax purposes, e.g. whether it is a donation or a sponsorship",
        ),
        ex(
          'zo-6-authority',
          'Vereinbaren, wer wem gegenüber weisungsbefugt ist',
          'Agree who may give instructions to whom',
        ),
        ex(
          'zo-6-information-channels',
          'Vereinbaren, welche Informationen beide Seiten brauchen und auf welchen Wegen kommuniziert wird',
          'Agree what information both sides need and which channels of communication to use',
        ),
        ex(
          'zo-6-safety-environment',
          'Vereinbaren, wie Sicherheit, Gesundheit und Umweltschutz berücksichtigt werden, z. B. Schutzausrüstung, Unterweisung, Entsorgung',
          'Agree how safety, health and environmental protection are taken into account, e.g. protective equipment, safety briefings, waste disposal',
        ),
        ex(
          'zo-6-conflicts',
          'Vereinbaren, wie mit Konflikten umgegangen wird',
          'Agree how conflicts will be handled',
        ),
        ex(
          'zo-6-insurance',
          'Für Ehrenamtliche eine Haftpflicht- und Unfallversicherung sicherstellen und mit dem Betrieb klären, wie eingesetzte Beschäftigte versichert sind',
          'Ensure liability and accident insurance for volunteers, and clarify with the business how its deployed employees are insured',
          attribute('volunteer-insurance'),
        ),
        ex(
          'zo-6-child-protection',
          'Wenn Beschäftigte von Betrieben mit Kindern oder Jugendlichen zu tun haben: das eigene Schutzkonzept anwenden, z. B. erweiterte Führungszeugnisse und Verhaltensregeln',
          'Where company employees work with children or young people, apply our safeguarding concept, e.g. enhanced criminal record certificates and a code of conduct',
          attribute('child-protection-concept'),
        ),
        ex(
          'zo-6-regular-reviews',
          'Regelmäßige gemeinsame Auswertungsgespräche vereinbaren und darin Verbesserungen festlegen',
          'Agree regular joint review meetings and decide on improvements in them',
        ),
        ex(
          'zo-6-involve-people',
          'Vorstand, Haupt- und Ehrenamtliche in die Vereinbarung einbinden und ihre Erfahrungen und Fähigkeiten nutzen',
          'Involve the board, paid staff and volunteers in the agreement and make use of their experience and skills',
        ),
        ex(
          'zo-6-no-paid-work-replacement',
          'Darauf achten, dass ehrenamtliche Arbeit keine Leistungen ersetzt, die der Betrieb bisher bezahlt hat, z. B. Beratung, Service Learning oder Mentoring',
          'Make sure volunteer work does not replace services the business used to pay for, e.g. consulting, service learning or mentoring',
        ),
        ex(
          'zo-6-public-funding',
          'Prüfen, ob öffentliche Fördermittel für die Zusammenarbeit beantragt werden können und sollen',
          'Check whether public funding for the cooperation can and should be applied for',
        ),
      ],
    },
    {
      number: 7,
      code: 'internal-organisation',
      title: {
        de: 'Interne Organisation der Zusammenarbeit',
        en: 'Organising the cooperation internally',
      },
      statement: {
        de: 'Sie bereiten die vereinbarte Zusammenarbeit intern sorgfältig vor, z. B. in einem gemeinsamen Gespräch aller Beteiligten, und nutzen sie, um in der Öffentlichkeit wirksamer zu werden.',
        en: 'You prepare the agreed cooperation carefully within your organisation, e.g. in a joint meeting of everyone involved, and use it to increase your public impact.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Eine Person koordiniert und ist für den Betrieb erreichbar. Alle Beteiligten kennen Ziele, Abläufe, Zuständigkeiten und Abbruchkriterien. Die Zusammenarbeit ist fester Punkt in Ihren Besprechungen, wird regelmäßig ausgewertet, und Sie berichten öffentlich darüber.',
          en: 'One person coordinates and can be reached by the business. Everyone involved knows the goals, procedures, responsibilities and exit criteria. The cooperation is a standing item in your meetings, is reviewed regularly, and you report on it publicly.',
        },
        whyItMatters: {
          de: 'Eine Vereinbarung wirkt erst, wenn sie im Alltag gelebt wird. Gute interne Abstimmung verhindert Reibungsverluste, und öffentliche Berichte machen beide Partner sichtbar – ein Gewinn, den Betriebe besonders schätzen.',
          en: 'An agreement only works when it is lived day to day. Good internal coordination prevents friction, and public reporting makes both partners visible, a benefit businesses value highly.',
        },
      },
      examples: [
        ex(
          'zo-7-coordinator',
          'Festlegen, wer die Zusammenarbeit durchführt und wer sie als Ansprechperson verantwortlich koordiniert',
          'Decide who carries out the cooperation and who coordinates it as the responsible contact person',
        ),
        ex(
          'zo-7-brief-aims',
          'Alle Beteiligten ausführlich über Ziel, Zweck und konkrete Maßnahmen der Zusammenarbeit informieren',
          'Brief everyone involved in detail on the aim, purpose and concrete measures of the cooperation',
        ),
        ex(
          'zo-7-brief-rules',
          'Alle Beteiligten über Ansprechpersonen, Kommunikationswege, Weisungsbefugnisse, Zeitaufwand, Konfliktregelung, Verbesserungsprozesse und Abbruchkriterien informieren',
          'Inform everyone involved about contact persons, communication channels, authority to give instructions, time required, conflict resolution, improvement processes and exit criteria',
        ),
        ex(
          'zo-7-mindsets',
          'Alle Beteiligten auf die unterschiedlichen Denk- und Sprachgewohnheiten hinweisen (siehe Checkpunkt 4)',
          'Point out the different ways of thinking and speaking to everyone involved (see checkpoint 4)',
        ),
        ex(
          'zo-7-safety-briefing',
          'Alle Beteiligten über die Anforderungen der Zusammenarbeit informieren und bei Bedarf unterweisen, z. B. zu Sicherheit, Gesundheit und Umweltschutz',
          'Inform everyone involved about the requirements of the cooperation and brief them where needed, e.g. on safety, health and environmental protection',
        ),
        ex(
          'zo-7-enable-people',
          'Beteiligte befähigen, ihre Aufgabe in der Zusammenarbeit zu erfüllen, z. B. durch Weiterbildung',
          'Enable those involved to fulfil their role in the cooperation, e.g. through training',
        ),
        ex(
          'zo-7-standing-item',
          'Die Zusammenarbeit mit Betrieben als festen Punkt in Besprechungen aufnehmen',
          'Make cooperation with businesses a standing item in meetings',
        ),
        ex(
          'zo-7-volunteer-management',
          'Das Freiwilligenmanagement mit Blick auf die Zusammenarbeit weiterentwickeln, z. B. für die Einbindung von Beschäftigten aus Betrieben',
          'Develop volunteer management further with the cooperation in mind, e.g. for involving employees from businesses',
        ),
        ex(
          'zo-7-review-procedure',
          'Mit den Beteiligten ein Verfahren vereinbaren, wie Ergebnisse, Qualität und Wirkung der Zusammenarbeit ausgewertet und intern Verbesserungen umgesetzt werden, z. B. in regelmäßigen Gesprächen',
          'Agree a procedure with those involved for reviewing the results, quality and impact of the cooperation and making improvements internally, e.g. in regular meetings',
        ),
        ex(
          'zo-7-feedback-culture',
          'Rückmeldungen von Betrieben als Blick von außen auf das eigene Handeln und als Gewinn verstehen (Fehlerkultur)',
          'Welcome feedback from businesses as an outside view of our work and as an asset (a healthy error culture)',
        ),
        ex(
          'zo-7-keep-informed',
          'Vorstand, Haupt- und Ehrenamtliche laufend über Ziele, Zweck und Fortgang der Zusammenarbeit informieren',
          'Keep the board, paid staff and volunteers informed about the goals, purpose and progress of the cooperation',
        ),
        ex(
          'zo-7-public-reporting',
          'Dafür sorgen, dass öffentlich über die Zusammenarbeit berichtet wird, z. B. in Pressemitteilungen, bei Veranstaltungen, auf der Website und in sozialen Medien',
          'Make sure the cooperation is reported publicly, e.g. in press releases, at events, on the website and on social media',
          offers('visibility'),
        ),
        ex(
          'zo-7-show-capabilities',
          'Die Zusammenarbeit zum Anlass nehmen, die eigene Leistungsfähigkeit öffentlich zu zeigen',
          'Use the cooperation as an occasion to show publicly what the organisation can do',
        ),
      ],
    },
  ],
});
