import pdfmake from 'pdfmake';
import Times from 'pdfmake/standard-fonts/Times.js';
import { message } from '../common/messages.js';
import { cityHead, dateInWords, dayInWords, leaderOf, spanInWords, timeOfDay, zoneLabel, type VisitDocument } from './visit-document.js';

// pdfmake on the server with the PDF standard font Times (nothing to load or download): a letter
// that only names its fonts. No URL and no local file may be read while rendering.
const FONT_FILES = new Set<string>(Object.values(Times.Times));
pdfmake.setFonts(Times);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => FONT_FILES.has(path));

/** Letters are Indonesian protocol: always in Bahasa Indonesia. */
const t = (key: string, params: Record<string, string | number> = {}) => message('id', `visitDocuments.letter.${key}`, params);

type Content = Record<string, unknown> | string | Content[];

function letterhead(visit: VisitDocument, from: 'host' | 'visiting'): Content[] {
  return [
    ...(visit.isDemo ? [{ text: t('demo'), alignment: 'center', color: '#a00', bold: true, margin: [0, 0, 0, 6] }] : []),
    { text: t('government', { city: visit[from].name.toUpperCase() }), style: 'head' },
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 483, y2: 4, lineWidth: 1.5 }], margin: [0, 0, 0, 12] },
  ];
}

function heading(visit: VisitDocument, from: 'host' | 'visiting', date: Date, subject: string): Content[] {
  const sender = visit[from];
  const to = from === 'host' ? visit.visiting : visit.host;
  const zone = from === 'host' ? visit.hostTimeZone : visit.visitingTimeZone;
  const { place } = cityHead(sender.name);
  const recipient = cityHead(to.name);
  const row = (label: string, value: string) => [label, ':', value];
  return [
    { text: t('placeDate', { place, date: dateInWords(date, zone) }), alignment: 'right', margin: [0, 0, 0, 10] },
    {
      table: { widths: [60, 8, '*'], body: [row(t('number'), '……/……/……'), row(t('nature'), t('natureValue')), row(t('attachment'), t('attachmentValue')), row(t('subject'), subject)] },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    t('to'),
    { text: t('head', { title: recipient.head, place: recipient.place }), bold: true },
    t('at'),
    { text: recipient.place, margin: [0, 0, 0, 12] },
    { text: t('greeting'), margin: [0, 0, 0, 6] },
  ];
}

const list = (items: string[]): Content => ({ ol: items, margin: [20, 2, 0, 8] });

function signature(lines: Content[]): Content {
  return { columns: [{ text: '', width: '*' }, { width: 220, stack: lines }], margin: [0, 24, 0, 0] };
}

/** The surat permohonan kunjungan kerja: from the visiting city to the host, with the proposed windows and the delegation. */
export function requestLetter(visit: VisitDocument): Record<string, unknown> {
  const leader = leaderOf(visit);
  const zone = visit.hostTimeZone;
  const content: Content[] = [
    ...letterhead(visit, 'visiting'),
    ...heading(visit, 'visiting', visit.createdAt, t('requestSubject')),
    { text: t('requestOpening', { purpose: visit.purpose, visiting: visit.visiting.name, host: visit.host.name }), style: 'body' },
  ];
  if (visit.topics.length) content.push({ text: t('topicsIntro'), style: 'body' }, list(visit.topics));
  if (visit.practices.length) content.push({ text: t('practicesIntro', { host: visit.host.name }), style: 'body' }, list(visit.practices));
  if (visit.windows.length) content.push({ text: t('windowsIntro', { host: visit.host.name }), style: 'body' }, list(visit.windows.map((w) => spanInWords(w.startsAt, w.endsAt, zone))));
  if (visit.delegation.length) {
    content.push(
      { text: t('delegationIntro', { count: visit.delegation.length, leader: leader ? `${leader.name} (${leader.title})` : '-' }), style: 'body' },
      {
        table: {
          headerRows: 1,
          widths: [22, '*', '*', '*'],
          body: [
            [t('columnNo'), t('columnName'), t('columnTitle'), t('columnAgency')].map((text) => ({ text, bold: true })),
            ...visit.delegation.map((d, i) => [`${i + 1}.`, d.isLeader ? `${d.name} ${t('leaderMark')}` : d.name, d.title, d.agency ?? '']),
          ],
        },
        fontSize: 10,
        margin: [0, 2, 0, 10],
      },
    );
  }
  content.push({ text: t('requestClosing'), style: 'body' });
  content.push(signature([t('signRequest'), { text: '', margin: [0, 40, 0, 0] }, { text: leader?.name ?? '', bold: true, decoration: 'underline' }, leader?.title ?? '', leader?.agency ?? '']));
  return document(content, `${t('requestSubject')} ${visit.visiting.name} – ${visit.host.name}`);
}

/** The host's answer after confirming: the confirmed slot (host's zone, the visiting city's alongside) and the venue. */
export function acceptanceLetter(visit: VisitDocument): Record<string, unknown> {
  const { startsAt, endsAt } = visit;
  if (!startsAt || !endsAt) throw new Error(`visit ${visit.id} has no confirmed slot`);
  const leader = leaderOf(visit);
  const zone = visit.hostTimeZone;
  const sameDay = dayInWords(startsAt, zone) === dayInWords(endsAt, zone);
  const row = (label: string, value: string) => [label, ':', value];
  const time = sameDay ? `${timeOfDay(startsAt, zone)}–${timeOfDay(endsAt, zone)} ${zoneLabel(zone, startsAt)}` : spanInWords(startsAt, endsAt, zone);
  const visitingTime =
    visit.visitingTimeZone === zone
      ? ''
      : ` ${t('visitingTime', { time: `${timeOfDay(startsAt, visit.visitingTimeZone)}–${timeOfDay(endsAt, visit.visitingTimeZone)} ${zoneLabel(visit.visitingTimeZone, startsAt)}`, city: visit.visiting.name })}`;
  const content: Content[] = [
    ...letterhead(visit, 'host'),
    ...heading(visit, 'host', visit.confirmedAt ?? visit.updatedAt, t('acceptanceSubject')),
    { text: t('acceptanceOpening', { purpose: visit.purpose, visiting: visit.visiting.name, host: visit.host.name }), style: 'body' },
    {
      table: {
        widths: [80, 8, '*'],
        body: [
          row(t('dayDate'), dayInWords(startsAt, zone)),
          row(t('time'), `${time}${visitingTime}`),
          row(t('venue'), visit.venue ?? t('venueUnknown')),
          row(t('delegation'), t('delegationValue', { count: visit.delegation.length, leader: leader ? `${leader.name} (${leader.title})` : '-' })),
        ],
      },
      layout: 'noBorders',
      margin: [20, 2, 0, 10],
    },
  ];
  if (visit.hostParticipants.length) {
    content.push({ text: t('hostParticipantsIntro'), style: 'body' }, list(visit.hostParticipants.map((p) => [p.name, p.title, p.agency].filter(Boolean).join(', '))));
  }
  if (visit.agenda.length) {
    content.push({ text: t('agendaIntro'), style: 'body' }, list(visit.agenda.map((a) => `${timeOfDay(a.startsAt, zone)} ${zoneLabel(zone, a.startsAt)}: ${a.title}${a.presenter ? ` (${a.presenter})` : ''}`)));
  }
  content.push({ text: t('acceptanceClosing'), style: 'body' });
  content.push(signature([t('signAcceptance', { host: visit.host.name }), { text: '', margin: [0, 50, 0, 0] }, { text: '……………………………', bold: true }]));
  return document(content, `${t('acceptanceSubject')} ${visit.visiting.name} – ${visit.host.name}`);
}

function document(content: Content[], title: string): Record<string, unknown> {
  return {
    info: { title, creator: 'CityBridge', producer: 'CityBridge' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Times', fontSize: 12, lineHeight: 1.15 },
    styles: { head: { fontSize: 15, bold: true, alignment: 'center' }, body: { alignment: 'justify', margin: [0, 0, 0, 6] } },
    content,
  };
}

/** Renders a letter (a definition from requestLetter or acceptanceLetter) to PDF bytes. */
export function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
