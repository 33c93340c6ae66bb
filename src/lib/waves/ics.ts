import type { Wave } from './types';

/**
 * The waves and their loudspeaker broadcast days as an iCalendar file (RFC
 * 5545) an officer adds to a phone's calendar: one all-day event per wave and
 * one per broadcast day. Lines end in CRLF and are folded at 75 octets; text
 * values are escaped. `stamp` (an ISO date) makes the file reproducible.
 */
export interface IcsInput {
  waves: readonly Wave[];
  /** Title of a loudspeaker script by slug. */
  scriptTitle: (slug: string) => string;
  /** Absolute address of a wave's page. */
  pageUrl: (slug: string) => string;
  /** Host for the events' UIDs, e.g. "phongchongmaidam.hungyen.example". */
  host: string;
  stamp: string;
}

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function wavesIcs(input: IcsInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Phong chong mai dam Hung Yen//Dot cao diem//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText('Đợt cao điểm phòng, chống mại dâm – Hưng Yên')}`];
  const stamp = `${compact(input.stamp)}T000000Z`;
  const event = (uid: string, start: string, end: string, summary: string, description: string, url: string) =>
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${input.host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(end))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  for (const wave of input.waves) {
    const url = input.pageUrl(wave.slug);
    event(`dot-${wave.slug}`, wave.start, wave.end, wave.name, [...wave.messages, url].join('\n'), url);
    for (const broadcast of wave.broadcasts) {
      for (const day of broadcast.days) {
        const title = input.scriptTitle(broadcast.script);
        event(
          `phat-thanh-${wave.slug}-${broadcast.script}-${compact(day)}`,
          day,
          day,
          `Phát thanh: ${title}`,
          `Đợt "${wave.name}": phát bài "${title}" ${broadcast.timesPerDay} lần trong ngày.\n${url}`,
          url,
        );
      }
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
