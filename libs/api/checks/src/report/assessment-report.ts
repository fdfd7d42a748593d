import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CheckVersion } from '@bs/domain';
import pdfmake from 'pdfmake';
import type { AssessmentEntity } from '../assessment.entity';
import type { MeasureEntity } from '../measure.entity';
import { REPORT_TEXTS, type ReportLanguage } from './report-texts';

const fontsDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: join(fontsDir, 'Roboto-Regular.ttf'),
    bold: join(fontsDir, 'Roboto-Medium.ttf'),
    italics: join(fontsDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontsDir, 'Roboto-MediumItalic.ttf'),
  },
});
// The report embeds nothing from outside: no URLs, and only the bundled fonts from disk.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir));

/** Traffic-light colours; the rating is always written out too, never colour alone. */
const COLOURS = { RED: '#c62828', YELLOW: '#f9a825', GREEN: '#2e7d32' } as const;

export interface ReportInput {
  organisationName: string;
  assessment: AssessmentEntity;
  catalogue: CheckVersion;
  measures: MeasureEntity[];
  language: ReportLanguage;
}

const formatDate = (value: Date | string | null, language: ReportLanguage) =>
  value ? new Date(value).toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB') : '–';

/** The PDF document definition: cover block, traffic-light summary, details, measures plan. */
export function reportDefinition({
  organisationName,
  assessment,
  catalogue,
  measures,
  language,
}: ReportInput): object {
  const t = REPORT_TEXTS[language];
  const answers = new Map(assessment.answers.checkpoints.map((c) => [c.number, c]));
  const lamp = (rating: keyof typeof COLOURS | null) =>
    rating
      ? {
          canvas: [{ type: 'ellipse', x: 6, y: 6, r1: 5, r2: 5, color: COLOURS[rating] }],
          width: 14,
        }
      : { text: '', width: 14 };

  const summary = {
    table: {
      widths: [24, '*', 14, 150],
      headerRows: 1,
      body: [
        [
          { text: '#', style: 'th' },
          { text: t.checkpoint, style: 'th' },
          { text: '', style: 'th' },
          { text: t.rating, style: 'th' },
        ],
        ...catalogue.checkpoints.map((checkpoint) => {
          const rating = answers.get(checkpoint.number)?.rating ?? null;
          return [
            String(checkpoint.number),
            checkpoint.title[language],
            lamp(rating),
            rating ? t.ratings[rating] : { text: t.notRated, italics: true },
          ];
        }),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 16],
  };

  const details = catalogue.checkpoints.flatMap((checkpoint) => {
    const answer = answers.get(checkpoint.number);
    const ticked = checkpoint.examples.filter((e) => answer?.tickedExamples.includes(e.code));
    return [
      { text: `${checkpoint.number}. ${checkpoint.title[language]}`, style: 'h2' },
      { text: checkpoint.statement[language], italics: true, margin: [0, 0, 0, 4] },
      {
        text: `${t.rating}: ${answer?.rating ? t.ratings[answer.rating] : t.notRated}`,
        bold: true,
        color: answer?.rating ? COLOURS[answer.rating] : '#555555',
      },
      ...(ticked.length > 0
        ? [
            { text: t.ticked, bold: true, margin: [0, 4, 0, 2] },
            { ul: ticked.map((e) => e.text[language]) },
          ]
        : []),
      ...(answer?.notes
        ? [{ text: t.notes, bold: true, margin: [0, 4, 0, 2] }, { text: answer.notes }]
        : []),
    ];
  });

  const plan =
    measures.length === 0
      ? [{ text: t.noMeasures, italics: true }]
      : [
          {
            table: {
              headerRows: 1,
              widths: [14, '*', 42, 72, 48, 56, 44],
              body: [
                ['#', t.measure, t.priority, t.responsible, t.start, t.review, t.status].map(
                  (text) => ({ text, style: 'th' }),
                ),
                ...measures.map((m) => [
                  String(m.checkpoint),
                  m.text,
                  t.priorities[m.priority],
                  m.responsible ?? '–',
                  formatDate(m.startDate, language),
                  formatDate(m.reviewDate, language),
                  t.statuses[m.status],
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
            fontSize: 9,
          },
        ];

  return {
    info: {
      title: `${t.title} – ${organisationName}`,
      author: 'Brückenschlag',
      subject: catalogue.template.title[language],
    },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 20, bold: true, color: '#0d3b4c', margin: [0, 0, 0, 6] },
      h2: { fontSize: 13, bold: true, color: '#0d3b4c', margin: [0, 14, 0, 4] },
      th: { bold: true, fillColor: '#eef3f5' },
      meta: { color: '#444444' },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `Brückenschlag · ${organisationName}`, color: '#666666' },
        { text: `${t.page} ${page} ${t.of} ${pages}`, alignment: 'right', color: '#666666' },
      ],
      margin: [48, 16, 48, 0],
      fontSize: 8,
    }),
    content: [
      { text: t.title, style: 'h1' },
      {
        style: 'meta',
        margin: [0, 0, 0, 12],
        columns: [
          [
            { text: [{ text: `${t.organisation}: `, bold: true }, organisationName] },
            { text: [{ text: `${t.check}: `, bold: true }, catalogue.template.title[language]] },
          ],
          [
            { text: [{ text: `${t.version}: `, bold: true }, String(catalogue.version)] },
            {
              text: [
                { text: `${assessment.completedAt ? t.completed : t.draft}: `, bold: true },
                formatDate(assessment.completedAt ?? assessment.updatedAt, language),
              ],
            },
          ],
        ],
      },
      { text: t.summary, style: 'h2' },
      summary,
      ...details,
      { text: t.plan, style: 'h2', pageBreak: 'before' },
      ...plan,
    ],
  };
}

/** Renders the results and measures plan as a PDF (A4, German or English, Roboto with umlauts). */
export function renderReport(input: ReportInput): Promise<Buffer> {
  return pdfmake.createPdf(reportDefinition(input)).getBuffer();
}
