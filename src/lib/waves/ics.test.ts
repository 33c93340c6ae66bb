import { describe, expect, it } from 'vitest';
import { wavesIcs } from './ics';
import type { Wave } from './types';

/** A small RFC 5545 reader: CRLF lines of at most 75 octets, unfolded, components nested, properties parsed. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: { name: string; props: Map<string, { params: string; value: string }[]>; children: unknown[] }[] = [];
  let root: (typeof stack)[number] | undefined;
  for (const line of lines) {
    const match = /^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, params, value] = match!;
    if (name === 'BEGIN') {
      const component = { name: value!, props: new Map(), children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      root ??= component;
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      const props = stack.at(-1)!.props;
      props.set(name!, [...(props.get(name!) ?? []), { params: params!, value: value! }]);
    }
  }
  expect(stack).toHaveLength(0);
  return root!;
}

const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

const wave: Wave = {
  slug: 'dot-thu',
  name: 'Hưởng ứng Ngày toàn dân phòng, chống mua bán người; tháng 7',
  start: '2025-07-01',
  end: '2025-07-31',
  allUnits: true,
  units: [],
  audiences: ['cong-dong'],
  messages: ['Thấy dấu hiệu mua bán người, hãy gọi 113; trẻ em gặp nguy hiểm, hãy gọi 111. Một câu dài để dòng phải gấp lại ở 75 octet.'],
  materials: [],
  lessonKits: [],
  expected: [{ format: 'loa-truyen-thanh', count: 3 }],
  broadcasts: [{ script: 'bai-loa', days: ['2025-07-28', '2025-07-31'], timesPerDay: 2 }],
  basis: 'Quyết định 793/QĐ-TTg',
  basisUrl: '',
  illustrative: false,
};

describe('wavesIcs', () => {
  it('is valid iCalendar holding the wave and its broadcast days as all-day events', () => {
    const text = wavesIcs({ waves: [wave], scriptTitle: () => 'Cùng nhận biết, báo tin', pageUrl: (s) => `https://example.org/chien-dich/dot/${s}/`, host: 'example.org', stamp: '2026-12-03' });
    const calendar = parseIcs(text);
    expect(calendar.name).toBe('VCALENDAR');
    expect(calendar.props.get('VERSION')![0]!.value).toBe('2.0');
    expect(calendar.props.get('PRODID')).toBeDefined();
    const events = calendar.children as { name: string; props: Map<string, { params: string; value: string }[]> }[];
    expect(events.every((e) => e.name === 'VEVENT')).toBe(true);
    const uids = events.map((e) => e.props.get('UID')![0]!.value);
    expect(new Set(uids).size).toBe(events.length);
    for (const event of events) {
      expect(event.props.get('DTSTAMP')![0]!.value).toMatch(/^\d{8}T\d{6}Z$/);
      const start = event.props.get('DTSTART')![0]!;
      const end = event.props.get('DTEND')![0]!;
      expect(start.params).toBe(';VALUE=DATE');
      expect(end.value > start.value).toBe(true);
    }
    const first = events[0]!;
    expect(unescape(first.props.get('SUMMARY')![0]!.value)).toBe(wave.name);
    expect([first.props.get('DTSTART')![0]!.value, first.props.get('DTEND')![0]!.value]).toEqual(['20250701', '20250801']);
    expect(unescape(first.props.get('DESCRIPTION')![0]!.value)).toContain(wave.messages[0]);
    const broadcasts = events.slice(1).map((e) => e.props.get('DTSTART')![0]!.value);
    expect(broadcasts).toEqual(['20250728', '20250731']);
    expect(unescape(events[1]!.props.get('SUMMARY')![0]!.value)).toBe('Phát thanh: Cùng nhận biết, báo tin');
  });
});
