/**
 * Officers' files are sacred: the test suite fingerprints content/, public/
 * and src/ before its first step (`snapshot FILE`) and fails after its last
 * (`verify FILE`) if any file there was added, changed or removed, naming it.
 * Usage: tsx scripts/guard-officer-files.ts snapshot|verify reports/officer-files.json
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDiff, diffFingerprints, type Fingerprints } from '../src/lib/testing/tree-diff';

const GUARDED = ['content', 'public', 'src'];

function fingerprints(): Fingerprints {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else result[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  for (const dir of GUARDED) if (existsSync(dir)) walk(dir);
  return result;
}

const [command, file] = process.argv.slice(2);
if (!file || (command !== 'snapshot' && command !== 'verify')) {
  console.error('Usage: tsx scripts/guard-officer-files.ts snapshot|verify FILE');
  process.exit(2);
}
if (command === 'snapshot') {
  const prints = fingerprints();
  writeFileSync(file, JSON.stringify(prints));
  console.log(`Fingerprinted ${Object.keys(prints).length} files under ${GUARDED.join('/, ')}/.`);
} else {
  const lines = describeDiff(diffFingerprints(JSON.parse(readFileSync(file, 'utf8')) as Fingerprints, fingerprints()));
  if (lines.length > 0) {
    console.error(`Tệp của cán bộ đã bị thay đổi trong khi chạy kiểm thử (a test or someone changed these files during the run):\n${lines.map((l) => `- ${l}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`No file under ${GUARDED.join('/, ')}/ changed during the run.`);
}
