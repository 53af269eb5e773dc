/** Test helper: appends `count` corrections tagged `tag` to the corrections file of the folder given, one call each. */
import { appendCorrections } from '../../src/review/correctionsStore.ts';

const [dir, tag, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  await appendCorrections(dir, [{ file: `${tag}.txt`, start: i, end: i + 2, surface: '乌达', decision: 'reject', code: null, scope: { kind: 'mention' }, note: `${tag} ${i}` }]);
}
