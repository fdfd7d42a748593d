import { deepFreeze } from '../deep-freeze';
import type { CheckVersion } from '../check-types';
import { CHECK_TEMPLATES } from '../templates';
import { attribute, criteria, ex, exits, offers, seeks, theme } from './builders';

/**
 * The mirrored practice check for companies, "Zusammenarbeit mit gemeinnützigen Organisationen
 * in der Region systematisch angehen", version 1: the same seven checkpoints as the ZO check,
 * seen from the company. Directions of topics are from the company's point of view.
 *
 * Published: never edit this file's content. Publish a new version file instead.
 */
export const KMU_ZO_V1: CheckVersion = deepFreeze({
  template: CHECK_TEMPLATES.KMU_ZO,
  version: 1,
  publishedAt: '2026-11-22',
  goal: {
    de: 'Ihr Unternehmen arbeitet gezielt mit gemeinnützigen Organisationen in der Region zusammen – um Beschäftigte zu gewinnen, zu entwickeln und zu binden, die eigene Unternehmenskultur zu stärken und Verantwortung für das Umfeld zu übernehmen, von dem es selbst lebt.',
    en: 'Your company works with non-profit organisations in its region in a targeted way, to attract, develop and retain staff, strengthen its own culture and take responsibility for the community it depends on.',
  },
  checkpoints: [
    {
      number: 1,
      code: 'strategic-benefit',
      title: { de: 'Strategischer Nutzen', en: 'Strategic benefit' },
      statement: {
        de: 'Sie haben im Unternehmen besprochen, welchen strategischen Nutzen die Zusammenarbeit mit gemeinnützigen Organisationen in der Region für Ihren Betrieb hat, und diesen Nutzen schriftlich festgehalten.',
        en: 'Your company has discussed what strategic benefit working with non-profit organisations in the region brings to the business, and has written this benefit down.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Geschäftsführung und Führungskräfte können sagen, wozu sich das Unternehmen engagiert und was es davon erwartet – z. B. Nachwuchs, Teamgeist, Kompetenzen, Ansehen in der Region. Der Nutzen ist schriftlich festgehalten und mit der Unternehmensstrategie verknüpft.',
          en: "Management can say why the company gets involved and what it expects from it, e.g. new recruits, team spirit, skills, standing in the region. The benefit is written down and linked to the company's strategy.",
        },
        whyItMatters: {
          de: 'Engagement, das dem Betrieb erkennbar nützt, hält auch in wirtschaftlich schwierigen Zeiten. Ein klar benannter Nutzen hilft, passende Partner zu finden und den Aufwand gegenüber Inhabern und Beschäftigten zu begründen.',
          en: 'Engagement that visibly benefits the business lasts through hard times too. A clearly named benefit helps you find suitable partners and justify the effort to owners and staff.',
        },
      },
      examples: [
        ex(
          'kmu-1-employer-attractiveness',
          'Als Arbeitgeber in der Region attraktiver werden und über Kontakte in Vereinen und Initiativen Auszubildende und Fachkräfte gewinnen',
          'Become a more attractive local employer and recruit apprentices and skilled staff through contacts in clubs and initiatives',
          seeks('workforce-recruitment'),
        ),
        ex(
          'kmu-1-staff-development',
          'Soziale und persönliche Kompetenzen von Beschäftigten und Führungskräften durch Einsätze und Weiterbildung aus der Zivilgesellschaft entwickeln',
          'Develop the social and personal skills of employees and managers through community assignments and training from civil society',
          seeks('training-modules'),
          seeks('service-learning'),
          theme('competence-management'),
        ),
        ex(
          'kmu-1-team-spirit',
          'Zusammenhalt, Teamgeist und Unternehmenskultur durch gemeinsame Einsätze für das Gemeinwohl stärken',
          'Strengthen cohesion, team spirit and company culture through joint work for the community',
          seeks('team-days'),
        ),
        ex(
          'kmu-1-apprentice-success',
          'Mit Unterstützung von Mentorinnen und Mentoren aus der Zivilgesellschaft Bewerberinnen und Bewerber besser vorbereiten und Ausbildungsabbrüche vermeiden',
          'Prepare candidates better and prevent apprenticeship drop-outs with the support of civil-society mentors',
          seeks('apprentice-mentoring'),
        ),
        ex(
          'kmu-1-staff-health',
          'Gesundheit und Arbeitsfähigkeit der Belegschaft mit Angeboten gemeinnütziger Partner fördern, z. B. zur Suchtprävention',
          'Promote the health and work ability of the workforce with offers from non-profit partners, e.g. on addiction prevention',
          seeks('addiction-prevention'),
          theme('health'),
        ),
        ex(
          'kmu-1-inclusion',
          'Mit dem Wissen gemeinnütziger Organisationen Menschen mit Behinderungen oder Benachteiligungen beschäftigen und so neue Fachkräfte erschließen',
          'Use the know-how of non-profit organisations to employ people with disabilities or disadvantages and so find new skilled staff',
          seeks('inclusion'),
        ),
        ex(
          'kmu-1-meaningful-engagement',
          'Beschäftigten ermöglichen, sich sinnstiftend zu engagieren, und so ihre Bindung an das Unternehmen stärken',
          'Give employees the chance to get involved in meaningful work for the community and so strengthen their ties to the company',
          offers('volunteers'),
        ),
        ex(
          'kmu-1-older-staff',
          'Beschäftigten in der letzten Berufsphase neue Perspektiven eröffnen, auch für ein Engagement nach dem Berufsleben',
          'Open up new prospects for staff in the final phase of their working life, including volunteering after retirement',
          offers('transition-coaching'),
        ),
        ex(
          'kmu-1-reputation',
          'Das Ansehen des Unternehmens in der Region stärken, indem sein Engagement sichtbar wird',
          "Strengthen the company's standing in the region by making its engagement visible",
          seeks('visibility'),
        ),
        ex(
          'kmu-1-new-perspectives',
          'Durch den Blick von außen neue Ideen für Produkte, Dienstleistungen und Abläufe gewinnen',
          'Gain new ideas for products, services and processes from an outside perspective',
        ),
        ex(
          'kmu-1-regional-development',
          'Gemeinsam mit gemeinnützigen Organisationen die Region als Wohn- und Wirtschaftsstandort attraktiver machen',
          'Work with non-profit organisations to make the region more attractive as a place to live and do business',
          theme('regional-development'),
        ),
      ],
    },
    {
      number: 2,
      code: 'cooperation-possibilities',
      title: { de: 'Möglichkeiten der Zusammenarbeit', en: 'Possibilities for cooperation' },
      statement: {
        de: 'Sie wissen, welche Formen der Zusammenarbeit mit gemeinnützigen Organisationen für Ihr Unternehmen in Frage kommen. Sie haben entschieden, was Sie von Organisationen suchen und was Sie ihnen bieten können.',
        en: 'You know which forms of cooperation with non-profit organisations suit your company. You have decided what you are looking for from organisations and what you can offer them.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Sie haben eine kurze Liste mit zwei Spalten: Was suchen wir (z. B. Mentoring für Auszubildende, Teameinsätze, Weiterbildungsbausteine)? Was können wir bieten (z. B. Fachwissen, Sachleistungen, Freistellung von Beschäftigten)? Für Angebote, die Arbeitszeit binden, wissen Sie, wie viel Kapazität Sie haben.',
          en: 'You have a short list with two columns: what are we looking for (e.g. mentoring for apprentices, team days, training modules)? What can we offer (e.g. expertise, in-kind support, release of staff)? For offers that take up working time, you know how much capacity you have.',
        },
        whyItMatters: {
          de: 'Gemeinnützige Organisationen brauchen mehr als Geld – oft sind Fachwissen oder ein paar Stunden Hilfe wertvoller. Umgekehrt haben sie Betrieben viel zu bieten. Wer beides kennt, findet über Brückenschlag passende Partner.',
          en: 'Non-profit organisations need more than money; expertise or a few hours of help are often worth more. In return, they have a lot to offer businesses. Knowing both lets Brückenschlag find you suitable partners.',
        },
      },
      examples: [
        ex(
          'kmu-2-apprentice-mentoring-seek',
          'Mentorinnen und Mentoren gewinnen, die Bewerberinnen und Bewerber auf die Ausbildung vorbereiten und Auszubildende durch schwierige Phasen begleiten',
          'Find mentors who prepare candidates for an apprenticeship and support apprentices through difficult phases',
          seeks('apprentice-mentoring'),
        ),
        ex(
          'kmu-2-team-days-seek',
          'Sinnvolle Teameinsätze oder Team-Patenschaften finden, z. B. im Naturschutz, in der Pflege oder im Sportverein',
          'Find meaningful team days or team sponsorships, e.g. in nature conservation, care or a sports club',
          seeks('team-days'),
        ),
        ex(
          'kmu-2-addiction-prevention-seek',
          'Angebote zur Suchtprävention und Suchthilfe für die Belegschaft nutzen',
          'Use addiction prevention and support services for the workforce',
          seeks('addiction-prevention'),
        ),
        ex(
          'kmu-2-inclusion-seek',
          'Beratung und Begleitung zur Beschäftigung von Menschen mit Behinderungen oder Benachteiligungen erhalten',
          'Get advice and support on employing people with disabilities or disadvantages',
          seeks('inclusion'),
        ),
        ex(
          'kmu-2-engagement-consulting-seek',
          'Beratung für eigene Engagement-Projekte und für die Förderung des privaten Engagements der Beschäftigten erhalten',
          "Get advice on the company's own engagement projects and on encouraging employees' private volunteering",
          seeks('engagement-consulting'),
        ),
        ex(
          'kmu-2-workforce-recruitment-seek',
          'Über Mitglieder und Ehrenamtliche von Organisationen Auszubildende und Fachkräfte gewinnen, auch unter Zugewanderten',
          'Recruit apprentices and skilled staff, including migrants, through the members and volunteers of organisations',
          seeks('workforce-recruitment'),
        ),
        ex(
          'kmu-2-training-modules-seek',
          'Weiterbildungsbausteine aus der Zivilgesellschaft nutzen, z. B. zu sozialer Kompetenz, Vielfalt oder Erster Hilfe',
          'Use training modules from civil society, e.g. on social skills, diversity or first aid',
          seeks('training-modules'),
        ),
        ex(
          'kmu-2-service-learning-seek',
          'Service-Learning-Einsätze finden, in denen Auszubildende und Beschäftigte durch gemeinnützige Arbeit lernen',
          'Find service-learning placements in which apprentices and employees learn through community work',
          seeks('service-learning'),
        ),
        ex(
          'kmu-2-visibility-seek',
          'Gemeinsam mit Partnerorganisationen öffentlich über das Engagement berichten, z. B. über deren Pressearbeit, Website und Veranstaltungen',
          'Report publicly on the engagement together with partner organisations, e.g. through their press work, website and events',
          seeks('visibility'),
        ),
        ex(
          'kmu-2-transition-coaching-seek',
          'Mit Organisationen Perspektiven für ein Engagement älterer Beschäftigter nach dem Berufsleben erarbeiten',
          'Work with organisations to develop volunteering prospects for older staff after retirement',
          seeks('transition-coaching'),
        ),
        ex(
          'kmu-2-volunteers-offer',
          'Beschäftigte – auch erfahrene ältere Fachkräfte – für ein Ehrenamt gewinnen und dabei unterstützen',
          'Encourage employees, including experienced older skilled staff, to volunteer, and support them in doing so',
          offers('volunteers'),
        ),
        ex(
          'kmu-2-helpers-offer',
          'Beschäftigte als Helfende für einzelne Aktionen und Projekte von Organisationen gewinnen',
          "Provide employees as helpers for organisations' single events and projects",
          offers('helpers-for-events'),
        ),
        ex(
          'kmu-2-transition-coaching-offer',
          'Ein Perspektiv-Coaching für Beschäftigte ab 55 anbieten, das ein Ehrenamt als Möglichkeit einschließt',
          'Offer transition coaching for staff aged 55+ that includes volunteering as an option',
          offers('transition-coaching'),
        ),
        ex(
          'kmu-2-donations-offer',
          'Gemeinnützige Arbeit mit Geldspenden unterstützen',
          'Support community work with donations',
          offers('donations'),
        ),
        ex(
          'kmu-2-sponsoring-offer',
          'Sponsoring mit vereinbarter Gegenleistung anbieten, z. B. für Veranstaltungen oder Trikots',
          'Offer sponsorship with an agreed return, e.g. for events or team shirts',
          offers('sponsoring'),
        ),
        ex(
          'kmu-2-in-kind-offer',
          'Sachleistungen bereitstellen, etwa Geräte, Material, Räume oder Handwerksleistungen bei Renovierung und Sanierung',
          'Provide in-kind support such as equipment, materials, rooms or craft work for renovation and refurbishment',
          offers('in-kind'),
        ),
        ex(
          'kmu-2-hospitation-offer',
          'Haupt- und Ehrenamtlichen von Organisationen Hospitationen im Betrieb ermöglichen',
          'Offer job shadowing in the business to paid staff and volunteers of organisations',
          offers('hospitation'),
        ),
        ex(
          'kmu-2-release-time-offer',
          'Beschäftigten flexible Arbeitszeiten oder Freistellungen für Einsätze ermöglichen, z. B. bei Feuerwehr und THW',
          'Allow employees flexible hours or release from work for call-outs, e.g. with the fire brigade and THW',
          offers('release-time'),
        ),
        ex(
          'kmu-2-internships-offer',
          'Praktika und Einblicke in Berufe für Menschen anbieten, die Organisationen begleiten, z. B. Jugendliche oder Geflüchtete',
          'Offer internships and career insights to people supported by organisations, e.g. young people or refugees',
          offers('internships'),
        ),
        ex(
          'kmu-2-expertise-it-offer',
          'IT-Fachwissen einbringen, z. B. bei Hardware, Netzwerk und IT-Sicherheit',
          'Contribute IT expertise, e.g. on hardware, networks and IT security',
          offers('expertise-it'),
        ),
        ex(
          'kmu-2-expertise-digital-offer',
          'Organisationen bei der Digitalisierung ihrer Abläufe und Angebote begleiten',
          'Support organisations in digitalising their processes and services',
          offers('expertise-digital'),
        ),
        ex(
          'kmu-2-expertise-finance-offer',
          'Mit Rat zu Finanzen, Budgetplanung und Controlling unterstützen',
          'Help with advice on finance, budgeting and controlling',
          offers('expertise-finance'),
        ),
        ex(
          'kmu-2-expertise-hr-offer',
          'Erfahrung in Personalführung und Personalentwicklung weitergeben',
          'Share experience in leadership and staff development',
          offers('expertise-hr'),
        ),
        ex(
          'kmu-2-expertise-safety-offer',
          'Fachwissen zum Arbeits- und Gesundheitsschutz einbringen, z. B. für Gefährdungsbeurteilungen',
          'Contribute occupational safety and health expertise, e.g. for risk assessments',
          offers('expertise-safety'),
        ),
        ex(
          'kmu-2-expertise-quality-offer',
          'Methoden des Qualitätsmanagements weitergeben',
          'Pass on quality management methods',
          offers('expertise-quality'),
        ),
        ex(
          'kmu-2-expertise-admin-offer',
          'Bei Verwaltung und Büroorganisation unterstützen',
          'Help with administration and office organisation',
          offers('expertise-admin'),
        ),
      ],
    },
    {
      number: 3,
      code: 'planning',
      title: { de: 'Zusammenarbeit planen', en: 'Planning the cooperation' },
      statement: {
        de: 'Sie haben einen Plan, wie Ihr Unternehmen die gewählten Themen und Ziele mit gemeinnützigen Organisationen umsetzt – einschließlich der Qualitätskriterien, die Partnerorganisationen erfüllen sollen, und der Gründe, aus denen Sie eine Zusammenarbeit beenden würden.',
        en: 'You have a plan for how your company will pursue the chosen topics and goals with non-profit organisations, including the quality criteria partner organisations should meet and the reasons for which you would end a cooperation.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Der Plan ist schriftlich und kurz: Themen, Ziele, Budget und Zeitkontingente, Verantwortliche, Qualitätskriterien und Abbruchkriterien. Beschäftigte und ihre Interessenvertretung sind einbezogen.',
          en: 'The plan is written and short: topics, goals, budget and time allowances, who is responsible, quality criteria and exit criteria. Employees and their representatives have been involved.',
        },
        whyItMatters: {
          de: 'Ein Plan macht Engagement verlässlich statt zufällig, hilft, Anfragen fair zu beantworten, und sorgt dafür, dass Budget und Arbeitszeit dort ankommen, wo sie am meisten bewirken.',
          en: 'A plan makes engagement reliable rather than random, helps you answer requests fairly, and ensures that budget and working time go where they achieve the most.',
        },
      },
      examples: [
        ex(
          'kmu-3-forms-of-cooperation',
          'Für jedes gewählte Thema die Form der Zusammenarbeit festlegen: eigenes Fachwissen weitergeben, Wissen aus der Zivilgesellschaft nutzen, gemeinsame Projekte (z. B. Service Learning, Teameinsätze), Spenden oder Sponsoring',
          'For each chosen topic, decide on the form of cooperation: passing on our expertise, using civil-society know-how, joint projects (e.g. service learning, team days), donations or sponsorship',
        ),
        ex(
          'kmu-3-staff-engagement',
          'Ermitteln, welche Beschäftigten sich bereits in welchen Organisationen engagieren und ob sich darüber Möglichkeiten der Zusammenarbeit ergeben',
          'Find out which employees already volunteer for which organisations and whether this opens up opportunities for cooperation',
        ),
        ex(
          'kmu-3-risks',
          'Chancen und Risiken jeder möglichen Form der Zusammenarbeit abwägen und festhalten',
          'Weigh up and record the opportunities and risks of each possible form of cooperation',
        ),
        ex(
          'kmu-3-budget-time',
          'Ein Budget und Zeitkontingente festlegen, z. B. Stunden pro Jahr für Freistellungen und Teameinsätze',
          'Set a budget and time allowances, e.g. hours per year for release from work and team days',
        ),
        ex(
          'kmu-3-theme-climate',
          'Klimaschutz und Klimaanpassung als gemeinsames Themenfeld mit Organisationen festlegen',
          'Choose climate protection and adaptation as a theme to work on with organisations',
          theme('climate'),
        ),
        ex(
          'kmu-3-theme-energy-transition',
          'Die Energiewende als gemeinsames Themenfeld festlegen, z. B. Energieberatung für Vereine',
          'Choose the energy transition as a shared theme, e.g. energy advice for clubs',
          theme('energy-transition'),
        ),
        ex(
          'kmu-3-theme-digitalisation',
          'Digitalisierung als gemeinsames Themenfeld festlegen',
          'Choose digitalisation as a shared theme',
          theme('digitalisation'),
        ),
        ex(
          'kmu-3-theme-migration',
          'Migration und Integration als gemeinsames Themenfeld festlegen, z. B. Sprachpatenschaften für neue Beschäftigte',
          'Choose migration and integration as a shared theme, e.g. language buddies for new employees',
          theme('migration'),
        ),
        ex(
          'kmu-3-theme-education',
          'Bildung als gemeinsames Themenfeld festlegen, z. B. Engagement in Schulen und Berufsorientierung',
          'Choose education as a shared theme, e.g. engagement in schools and careers guidance',
          theme('education'),
        ),
        ex(
          'kmu-3-theme-competence-management',
          'Kompetenzmanagement als gemeinsames Themenfeld festlegen: im Engagement erworbene Fähigkeiten erkennen und nutzen',
          'Choose competence management as a shared theme: recognising and using skills gained through volunteering',
          theme('competence-management'),
        ),
        ex(
          'kmu-3-theme-work-life-balance',
          'Die Vereinbarkeit von Beruf, Familie und Engagement als gemeinsames Themenfeld festlegen',
          'Choose balancing work, family and volunteering as a shared theme',
          theme('work-life-balance'),
        ),
        ex(
          'kmu-3-theme-environment',
          'Umwelt- und Naturschutz als gemeinsames Themenfeld festlegen',
          'Choose environment and nature conservation as a shared theme',
          theme('environment'),
        ),
        ex(
          'kmu-3-theme-health',
          'Gesundheit als gemeinsames Themenfeld festlegen, z. B. Prävention und Bewegung',
          'Choose health as a shared theme, e.g. prevention and exercise',
          theme('health'),
        ),
        ex(
          'kmu-3-theme-sport',
          'Sport und Bewegung als gemeinsames Themenfeld festlegen, z. B. Betriebssport mit dem örtlichen Verein',
          'Choose sport and exercise as a shared theme, e.g. company sport with the local club',
          theme('sport'),
        ),
        ex(
          'kmu-3-theme-culture',
          'Kultur als gemeinsames Themenfeld festlegen',
          'Choose culture as a shared theme',
          theme('culture'),
        ),
        ex(
          'kmu-3-theme-care',
          'Pflege als gemeinsames Themenfeld festlegen, z. B. Unterstützung von Beschäftigten, die Angehörige pflegen',
          'Choose care as a shared theme, e.g. support for employees caring for relatives',
          theme('care'),
        ),
        ex(
          'kmu-3-theme-youth',
          'Kinder und Jugend als gemeinsames Themenfeld festlegen',
          'Choose children and young people as a shared theme',
          theme('youth'),
        ),
        ex(
          'kmu-3-theme-seniors',
          'Ältere Menschen als gemeinsames Themenfeld festlegen',
          'Choose older people as a shared theme',
          theme('seniors'),
        ),
        ex(
          'kmu-3-theme-disaster-relief',
          'Bevölkerungs- und Katastrophenschutz als gemeinsames Themenfeld festlegen, z. B. Feuerwehr und THW',
          'Choose civil protection and disaster relief as a shared theme, e.g. the fire brigade and THW',
          theme('disaster-relief'),
        ),
        ex(
          'kmu-3-theme-regional-development',
          'Regionalentwicklung als gemeinsames Themenfeld festlegen',
          'Choose regional development as a shared theme',
          theme('regional-development'),
        ),
        ex(
          'kmu-3-joint-goals',
          'Für jedes gewählte Themenfeld Ziele formulieren, die gemeinsam mit Organisationen verfolgt werden',
          'Set goals for each chosen theme that are pursued jointly with organisations',
        ),
        ex(
          'kmu-3-encourage-volunteering',
          'Beschäftigte ermutigen, sich privat zu engagieren, und klären, wie das Unternehmen sie dabei unterstützt',
          'Encourage employees to volunteer privately and clarify how the company supports them in this',
          offers('volunteers'),
        ),
        ex(
          'kmu-3-involve-employee-representatives',
          'Beschäftigte und ihre Interessenvertretung in die Planung einbeziehen',
          'Involve employees and their representatives in the planning',
        ),
        ex(
          'kmu-3-quality-criteria',
          'Qualitätskriterien festlegen, die Partnerorganisationen erfüllen sollen – z. B. anerkannte Gemeinnützigkeit, eine feste Ansprechperson, Versicherungsschutz für Ehrenamtliche, ein Kinderschutzkonzept und finanzielle Transparenz',
          'Set quality criteria that partner organisations should meet, e.g. recognised charitable status, a named contact person, insurance cover for volunteers, a child-protection concept and financial transparency',
          criteria(
            'charitable-status',
            'named-contact-person',
            'volunteer-insurance',
            'child-protection-concept',
            'financial-transparency',
          ),
        ),
        ex(
          'kmu-3-exit-criteria',
          'Abbruchkriterien festlegen, z. B. Verstöße gegen die Qualitätskriterien oder die Vereinbarung, eine Gefahr für den Ruf des Unternehmens oder erreichte Ziele',
          "Set exit criteria, e.g. breaches of the quality criteria or of the agreement, a risk to the company's reputation, or goals having been reached",
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
          'kmu-3-management-systems',
          'Die Zusammenarbeit in bestehende Managementsysteme einbinden, z. B. Qualitäts-, Umwelt- oder Arbeitsschutzmanagement',
          'Integrate the cooperation into existing management systems, e.g. quality, environmental or occupational safety management',
        ),
        ex(
          'kmu-3-written-plan',
          'Planung, Ziele, Themen und Maßnahmen schriftlich festhalten, damit alle, die mit Organisationen sprechen, gut vorbereitet sind',
          'Write down the plan, goals, topics and measures so that everyone who talks to organisations is well prepared',
        ),
        ex(
          'kmu-3-inform-contact-points',
          'Regionale Anlaufstellen darüber informieren, was das Unternehmen suchen und bieten kann – z. B. Freiwilligenagenturen, Bürgerstiftungen, Kammern und Wirtschaftsförderung',
          'Tell regional contact points what the company is looking for and can offer, e.g. volunteer agencies, community foundations, chambers and economic development',
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
        de: 'Ihnen ist bewusst, dass gemeinnützige Organisationen anders denken und arbeiten als Unternehmen. Sie berücksichtigen das in der Kommunikation und haben Ihre Beschäftigten darauf vorbereitet.',
        en: 'You are aware that non-profit organisations think and work differently from companies. You take this into account in communication and have prepared your staff for it.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Alle, die mit Organisationen zu tun haben, wissen, dass dort oft Ehrenamtliche in ihrer Freizeit entscheiden, Abstimmungen länger dauern können und Werte vor Effizienz stehen – und planen entsprechend.',
          en: 'Everyone dealing with organisations knows that decisions there are often made by volunteers in their spare time, that coordination can take longer and that values come before efficiency, and plans accordingly.',
        },
        whyItMatters: {
          de: 'Wer von einem Verein dieselbe Reaktionszeit wie von einem Lieferanten erwartet, wird enttäuscht. Verständnis für die andere Arbeitsweise macht aus einer Spende eine Partnerschaft.',
          en: 'Expecting a club to respond as quickly as a supplier leads to disappointment. Understanding the other way of working turns a donation into a partnership.',
        },
      },
      examples: [
        ex(
          'kmu-4-respect-civic-logic',
          'Die Arbeitsweise gemeinnütziger Organisationen ernst nehmen und ihre Werte und Ziele als eigenständig anerkennen',
          "Take non-profit organisations' way of working seriously and respect their values and goals in their own right",
        ),
        ex(
          'kmu-4-volunteer-time',
          'Einplanen, dass Ehrenamtliche in ihrer Freizeit arbeiten und Entscheidungen in Vorständen und Gremien Zeit brauchen',
          'Allow for the fact that volunteers work in their spare time and that decisions by boards and committees take time',
        ),
        ex(
          'kmu-4-expect-misunderstandings',
          'Damit rechnen, dass die Verständigung trotz gutem Willen schwierig sein kann, und Missverständnisse durch unterschiedliche Begriffe einplanen',
          'Expect that communication can be difficult despite good will, and allow for misunderstandings caused by different terms',
        ),
        ex(
          'kmu-4-own-rules-shared-aim',
          'Klarmachen, dass jede Seite nach ihren eigenen Regeln handelt – mit dem gemeinsamen Ziel, dass die Zusammenarbeit gelingt',
          'Make clear that each side acts by its own rules, with the shared aim of making the cooperation succeed',
        ),
        ex(
          'kmu-4-agree-case-by-case',
          'Nicht erwarten, dass die Organisation wie ein Betrieb arbeitet, sondern jede Zusammenarbeit einzeln vereinbaren – mit klar benannten Themen, Zielen, Schritten, Finanzen und Bedingungen',
          'Do not expect the organisation to work like a business; agree each cooperation individually, with clearly named topics, goals, steps, finances and conditions',
        ),
        ex(
          'kmu-4-openness-trust',
          'Offenheit, Vertrauen, persönliche Beziehungen und Geduld bewusst pflegen, weil sie die Aussichten auf Erfolg erhöhen',
          'Deliberately cultivate openness, trust, personal relationships and patience, because they improve the chances of success',
        ),
        ex(
          'kmu-4-discuss-in-meetings',
          'Unterschiedliche Denk- und Sprachwelten in einer Besprechung mit Führungskräften und beteiligten Beschäftigten zum Thema machen',
          'Make different mindsets and languages a topic in a meeting with managers and the employees involved',
        ),
        ex(
          'kmu-4-glossary',
          'Eine kurze Übersicht wichtiger Begriffe beider Seiten anlegen, z. B. Gemeinnützigkeit, Zuwendungsbestätigung, Freistellung',
          'Create a short glossary of key terms from both sides, e.g. charitable status, donation receipt, release from work',
        ),
      ],
    },
    {
      number: 5,
      code: 'contact-development',
      title: {
        de: 'Kontakte zu gemeinnützigen Organisationen aufbauen',
        en: 'Building contacts with non-profit organisations',
      },
      statement: {
        de: 'Sie bauen auf Grundlage Ihrer Planung gezielt und systematisch Kontakte zu gemeinnützigen Organisationen in der Region auf und sprechen Organisationen an, die zu Ihrem Unternehmen passen.',
        en: 'Based on your plan, you build contacts with non-profit organisations in the region purposefully and systematically, and approach organisations that suit your company.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Sie wissen, welche Organisationen Sie ansprechen wollen und warum, wer den Kontakt aufnimmt und wie sich das Unternehmen vorstellt. Vor dem ersten Gespräch haben Sie geprüft, ob die Organisation Ihre Qualitätskriterien erfüllt, und Ihre eigenen Nachweise liegen bereit.',
          en: 'You know which organisations you want to approach and why, who makes contact and how the company presents itself. Before the first conversation you have checked whether the organisation meets your quality criteria, and your own evidence is ready.',
        },
        whyItMatters: {
          de: 'Viele Organisationen trauen sich nicht, Betriebe anzusprechen. Wenn Sie selbst den ersten Schritt machen, finden Sie Partner, die wirklich zu Ihnen passen, statt nur auf Spendenanfragen zu reagieren.',
          en: 'Many organisations hesitate to approach businesses. Taking the first step yourself finds partners that really suit you, rather than only reacting to requests for donations.',
        },
      },
      examples: [
        ex(
          'kmu-5-information-materials',
          'Auf der Website und in Unterlagen darstellen, wofür sich das Unternehmen engagiert und was es Organisationen bieten kann',
          'Show on the website and in company materials what the company supports and what it can offer organisations',
        ),
        ex(
          'kmu-5-check-criteria-first',
          'Vor der ersten Kontaktaufnahme prüfen, ob eine Organisation die in Checkpunkt 3 festgelegten Qualitätskriterien erfüllt',
          'Before the first contact, check whether an organisation meets the quality criteria set in checkpoint 3',
        ),
        ex(
          'kmu-5-contacts-via-staff',
          'Beschäftigte, die sich bereits engagieren, als Brücke zu ihren Organisationen gewinnen',
          'Ask employees who already volunteer to act as a bridge to their organisations',
        ),
        ex(
          'kmu-5-prepare-contacts',
          'Diese Beschäftigten vorbereiten und unterstützen, z. B. mit Vorgesprächen, Arbeitszeit für Termine und klaren Befugnissen',
          'Prepare and support these employees, e.g. with briefings, working time for meetings and clear authority',
        ),
        ex(
          'kmu-5-civic-networks',
          'Herausfinden, welche Netzwerke und Anlaufstellen es in der Region gibt, z. B. Freiwilligenagenturen, Bürgerstiftungen oder Ehrenamtsbörsen',
          'Find out which networks and contact points exist in the region, e.g. volunteer agencies, community foundations or volunteering fairs',
        ),
        ex(
          'kmu-5-events-fairs',
          'Veranstaltungen, Engagement-Messen und Netzwerktreffen nutzen, um Organisationen kennenzulernen',
          'Use events, volunteering fairs and network meetings to get to know organisations',
        ),
        ex(
          'kmu-5-social-days',
          'An öffentlichen Gemeinschaftsaktionen (Social Days) teilnehmen, um Organisationen unverbindlich kennenzulernen und Vertrauen aufzubauen',
          'Take part in public community action days (social days) to get to know organisations informally and build trust',
          seeks('team-days'),
        ),
        ex(
          'kmu-5-exchange-experience',
          'Mit anderen Unternehmen Erfahrungen aus der Zusammenarbeit mit Organisationen austauschen',
          'Share experiences of working with organisations with other companies',
        ),
        ex(
          'kmu-5-mirrored-check',
          'Früh klären, ob die Organisation den Praxis-Check für gemeinnützige Organisationen kennt, und sie gegebenenfalls ermutigen, ihn zu nutzen',
          'Find out early whether the organisation knows the practice check for non-profit organisations and, if not, encourage it to use it',
        ),
        ex(
          'kmu-5-outside-help',
          'Bei Bedarf Unterstützung von außen holen, z. B. von Freiwilligenagenturen, Kammern oder qualifizierten, vertrauenswürdigen Beraterinnen und Beratern',
          'Get outside help where needed, e.g. from volunteer agencies, chambers or qualified, trustworthy consultants',
        ),
        ex(
          'kmu-5-refer-elsewhere',
          'Anfragen von Organisationen, die nicht zum Unternehmen passen, an andere Betriebe oder Anlaufstellen weitervermitteln',
          'Refer requests from organisations that do not suit the company to other businesses or contact points',
        ),
        ex(
          'kmu-5-proof-inqa-om',
          'Eine INQA- oder OM-Praxisvereinbarung unterzeichnen und sie Partnern gegenüber belegen können',
          'Sign an INQA or OM practice agreement and be able to show it to partners',
          attribute('inqa-om-agreement'),
        ),
        ex(
          'kmu-5-proof-practice-check',
          'Die eigene Personalführung mit einem OM-Praxis-Check überprüfen und das Ergebnis belegen können',
          "Review the company's leadership with an OM practice check and be able to show the result",
          attribute('om-practice-check'),
        ),
        ex(
          'kmu-5-proof-oshms',
          'Das Arbeitsschutzmanagement belegen können, z. B. mit einem Gütesiegel der Berufsgenossenschaft oder einem Zertifikat nach ISO 45001',
          "Be able to show the company's occupational safety management, e.g. with an accident insurer's seal or an ISO 45001 certificate",
          attribute('oshms-certificate'),
        ),
        ex(
          'kmu-5-proof-environment',
          'Das Umweltmanagement belegen können, z. B. nach EMAS oder ISO 14001',
          "Be able to show the company's environmental management, e.g. to EMAS or ISO 14001",
          attribute('environmental-certificate'),
        ),
      ],
    },
    {
      number: 6,
      code: 'agreements',
      title: { de: 'Vereinbarungen', en: 'Agreements' },
      statement: {
        de: 'Sie vereinbaren mit jeder Organisation, wie Sie zusammenarbeiten und sich gegenseitig unterstützen. Die Ziele beider Seiten, die Themen, die Abläufe und die nötigen Mittel sind eindeutig benannt.',
        en: "With each organisation you agree how you will work together and support each other. Both sides' goals, the topics, the procedures and the resources needed are clearly named.",
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Für größere Vorhaben gibt es eine schriftliche Vereinbarung, die beide Seiten unterzeichnet haben: Ziel und Umfang, Ansprechpersonen, Zeitaufwand und Mittel, Leistung und Gegenleistung, Versicherungsschutz der eingesetzten Beschäftigten, Sicherheit, Umgang mit Konflikten und Termine für gemeinsame Auswertungen.',
          en: 'Larger projects have a written agreement signed by both sides: aim and scope, contact persons, time and resources, what each side gives and receives, insurance cover for deployed employees, safety, handling of conflicts and dates for joint reviews.',
        },
        whyItMatters: {
          de: 'Klare Absprachen schützen vor falschen Erwartungen, klären Haftung und steuerliche Fragen – etwa ob eine Zahlung als Spende oder als Sponsoring gilt – und machen die Zusammenarbeit auswertbar.',
          en: 'Clear arrangements protect against false expectations, settle liability and tax questions, such as whether a payment counts as a donation or as sponsorship, and make the cooperation possible to evaluate.',
        },
      },
      examples: [
        ex(
          'kmu-6-aim-scope',
          'Ziel, Umfang und Maßnahmen der Zusammenarbeit möglichst konkret beschreiben',
          'Describe the aim, scope and measures of the cooperation as concretely as possible',
        ),
        ex(
          'kmu-6-named-contacts',
          'Die Ansprechpersonen, die die Zusammenarbeit koordinieren, auf beiden Seiten namentlich festlegen',
          'Name the contact persons on both sides who coordinate the cooperation',
        ),
        ex(
          'kmu-6-framework',
          'Rahmenbedingungen vereinbaren: beteiligte Beschäftigte, nötige Fähigkeiten, Arbeitszeit und Finanzmittel',
          'Agree the framework: employees involved, skills needed, working time and funding',
        ),
        ex(
          'kmu-6-give-and-take',
          'Festlegen, welche Leistung und Gegenleistung den Interessen und Möglichkeiten beider Seiten entsprechen – auch steuerlich, etwa Spende mit Zuwendungsbestätigung oder Sponsoring als Betriebsausgabe',
          "Define what each side gives and receives in line with both sides' interests and possibilities, including for tax purposes, e.g. a donation with a receipt or sponsorship as a business expense",
        ),
        ex(
          'kmu-6-authority',
          'Vereinbaren, wer eingesetzten Beschäftigten gegenüber weisungsbefugt ist',
          'Agree who may give instructions to deployed employees',
        ),
        ex(
          'kmu-6-information-channels',
          'Vereinbaren, welche Informationen beide Seiten brauchen und auf welchen Wegen kommuniziert wird',
          'Agree what information both sides need and which channels of communication to use',
        ),
        ex(
          'kmu-6-safety-environment',
          'Vereinbaren, wie Sicherheit, Gesundheit und Umweltschutz berücksichtigt werden, z. B. Schutzausrüstung, Unterweisung, Entsorgung',
          'Agree how safety, health and environmental protection are taken into account, e.g. protective equipment, safety briefings, waste disposal',
        ),
        ex(
          'kmu-6-conflicts',
          'Vereinbaren, wie mit Konflikten umgegangen wird',
          'Agree how conflicts will be handled',
        ),
        ex(
          'kmu-6-insurance',
          'Versicherungsschutz klären: ob Beschäftigte bei Einsätzen während der Arbeitszeit gesetzlich unfallversichert sind und wie die Haftpflicht geregelt ist',
          'Clarify insurance cover: whether employees are covered by statutory accident insurance during assignments in working time, and how liability is handled',
        ),
        ex(
          'kmu-6-child-protection',
          'Wenn Beschäftigte mit Kindern oder Jugendlichen arbeiten: das Schutzkonzept der Organisation beachten, z. B. erweiterte Führungszeugnisse vorlegen',
          "Where employees work with children or young people, follow the organisation's safeguarding concept, e.g. by providing enhanced criminal record certificates",
        ),
        ex(
          'kmu-6-regular-reviews',
          'Regelmäßige gemeinsame Auswertungsgespräche vereinbaren und darin Verbesserungen festlegen',
          'Agree regular joint review meetings and decide on improvements in them',
        ),
        ex(
          'kmu-6-involve-people',
          'Führungskräfte, beteiligte Beschäftigte und ihre Interessenvertretung in die Vereinbarung einbinden und ihre Erfahrungen nutzen',
          'Involve managers, the employees concerned and their representatives in the agreement and make use of their experience',
        ),
        ex(
          'kmu-6-no-paid-work-replacement',
          'Darauf achten, dass der Einsatz von Beschäftigten keine bezahlte Arbeit in der Organisation verdrängt und unentgeltliche Hilfe nicht mit bezahlten Aufträgen vermischt wird',
          'Make sure deploying employees does not displace paid jobs at the organisation, and keep unpaid help separate from paid contracts',
        ),
        ex(
          'kmu-6-public-funding',
          'Prüfen, ob öffentliche Förderprogramme die Zusammenarbeit unterstützen können',
          'Check whether public funding programmes can support the cooperation',
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
        de: 'Sie bereiten die vereinbarte Zusammenarbeit im Betrieb sorgfältig vor, z. B. in einem gemeinsamen Gespräch aller Beteiligten, und nutzen sie für die Entwicklung Ihrer Beschäftigten und für Ihr Ansehen in der Region.',
        en: 'You prepare the agreed cooperation carefully within the business, e.g. in a joint meeting of everyone involved, and use it to develop your staff and your standing in the region.',
      },
      guidance: {
        whatGoodLooksLike: {
          de: 'Eine Person koordiniert und ist für die Organisation erreichbar. Führungskräfte unterstützen Einsätze, Freistellungen sind geregelt, und alle Beteiligten kennen Ziele, Abläufe und Abbruchkriterien. Die Zusammenarbeit wird regelmäßig ausgewertet, und Sie berichten gemeinsam öffentlich darüber.',
          en: 'One person coordinates and can be reached by the organisation. Managers support assignments, release from work is regulated, and everyone involved knows the goals, procedures and exit criteria. The cooperation is reviewed regularly, and you report on it publicly together.',
        },
        whyItMatters: {
          de: 'Engagement wirkt nur, wenn der Arbeitsalltag es zulässt. Klare Zuständigkeiten und die Rückendeckung der Führungskräfte sorgen dafür, dass Zusagen gegenüber der Organisation eingehalten werden.',
          en: 'Engagement only works if everyday work allows it. Clear responsibilities and the backing of managers make sure that commitments to the organisation are kept.',
        },
      },
      examples: [
        ex(
          'kmu-7-coordinator',
          'Festlegen, wer die Zusammenarbeit durchführt und wer sie als Ansprechperson verantwortlich koordiniert',
          'Decide who carries out the cooperation and who coordinates it as the responsible contact person',
        ),
        ex(
          'kmu-7-brief-aims',
          'Alle Beteiligten ausführlich über Ziel, Zweck und konkrete Maßnahmen der Zusammenarbeit informieren',
          'Brief everyone involved in detail on the aim, purpose and concrete measures of the cooperation',
        ),
        ex(
          'kmu-7-brief-rules',
          'Alle Beteiligten über Ansprechpersonen, Kommunikationswege, Weisungsbefugnisse, Zeitaufwand, Konfliktregelung, Verbesserungsprozesse und Abbruchkriterien informieren',
          'Inform everyone involved about contact persons, communication channels, authority to give instructions, time required, conflict resolution, improvement processes and exit criteria',
        ),
        ex(
          'kmu-7-mindsets',
          'Alle Beteiligten auf die unterschiedlichen Denk- und Sprachgewohnheiten hinweisen (siehe Checkpunkt 4)',
          'Point out the different ways of thinking and speaking to everyone involved (see checkpoint 4)',
        ),
        ex(
          'kmu-7-safety-briefing',
          'Alle Beteiligten über die Anforderungen der Zusammenarbeit informieren und bei Bedarf unterweisen, z. B. zu Sicherheit, Gesundheit und Umweltschutz',
          'Inform everyone involved about the requirements of the cooperation and brief them where needed, e.g. on safety, health and environmental protection',
        ),
        ex(
          'kmu-7-enable-people',
          'Beteiligte befähigen, ihre Aufgabe in der Zusammenarbeit zu erfüllen, z. B. durch Weiterbildung',
          'Enable those involved to fulfil their role in the cooperation, e.g. through training',
        ),
        ex(
          'kmu-7-standing-item',
          'Die Zusammenarbeit mit Organisationen als festen Punkt in Besprechungen aufnehmen',
          'Make cooperation with organisations a standing item in meetings',
        ),
        ex(
          'kmu-7-release-rules',
          'Regeln für Freistellungen und Einsätze während der Arbeitszeit festlegen und die Führungskräfte dafür gewinnen',
          'Set rules for release from work and assignments during working time, and win managers over to them',
          offers('release-time'),
        ),
        ex(
          'kmu-7-review-procedure',
          'Mit den Beteiligten ein Verfahren vereinbaren, wie Ergebnisse, Qualität und Wirkung der Zusammenarbeit ausgewertet und intern Verbesserungen umgesetzt werden, z. B. in regelmäßigen Gesprächen',
          'Agree a procedure with those involved for reviewing the results, quality and impact of the cooperation and making improvements internally, e.g. in regular meetings',
        ),
        ex(
          'kmu-7-feedback-culture',
          'Rückmeldungen der Organisationen als Blick von außen auf das eigene Unternehmen und als Gewinn verstehen (Fehlerkultur)',
          'Welcome feedback from organisations as an outside view of the company and as an asset (a healthy error culture)',
        ),
        ex(
          'kmu-7-keep-informed',
          'Geschäftsführung, Führungskräfte und Beschäftigte laufend über Ziele, Zweck und Fortgang der Zusammenarbeit informieren',
          'Keep management, managers and staff informed about the goals, purpose and progress of the cooperation',
        ),
        ex(
          'kmu-7-recognise-staff',
          'Das Engagement von Beschäftigten im Betrieb sichtbar machen und anerkennen, z. B. in der Mitarbeiterzeitung oder bei Betriebsversammlungen',
          "Make employees' engagement visible and recognise it within the company, e.g. in the staff newsletter or at staff meetings",
        ),
        ex(
          'kmu-7-public-reporting',
          'Gemeinsam mit der Organisation öffentlich über die Zusammenarbeit berichten, z. B. in Pressemitteilungen, auf der Website und in sozialen Medien',
          'Report publicly on the cooperation together with the organisation, e.g. in press releases, on the website and on social media',
          seeks('visibility'),
        ),
        ex(
          'kmu-7-sustainability-report',
          'Das Engagement in die Nachhaltigkeitsberichterstattung aufnehmen, z. B. in eine Erklärung zum Deutschen Nachhaltigkeitskodex',
          "Include the engagement in the company's sustainability reporting, e.g. in a German Sustainability Code declaration",
          attribute('sustainability-report'),
        ),
      ],
    },
  ],
});
