import '../app.module'; // installs the messages of every registered domain
import id from './locales/id.json';
import { renderNotice } from './notifications.service';

const KINDS = Object.keys(id.notifications.kind.visit).map((k) => `visit.${k}`);
const PARAMS = { visiting: 'Kota Solok', host: 'Kota Medan', days: 3, months: 6, startsAt: '2018-10-05T02:00:00.000Z', zone: 'Asia/Jakarta', zoneLabel: 'WIB' };

describe('renderNotice', () => {
  it.each(KINDS)('writes %s out in Bahasa Indonesia and English with every placeholder filled', (kind) => {
    for (const language of ['id', 'en'] as const) {
      const { title, body } = renderNotice(language, kind, PARAMS);
      expect(`${title} ${body}`).not.toMatch(/[{}]/);
      expect(`${title} ${body}`).toContain('Kota');
    }
  });

  it('writes the moment in the host’s zone, the reader’s way', () => {
    expect(renderNotice('id', 'visit.reminder', PARAMS).body).toBe('Pengingat: kunjungan kerja Kota Solok ke Kota Medan pada 5 Oktober 2018 pukul 09.00 WIB.');
    expect(renderNotice('en', 'visit.reminder', PARAMS).body).toBe("Reminder: Kota Solok's working visit to Kota Medan on 5 October 2018 at 09:00 WIB.");
  });
});
