/** A set of broken corpus files, one per way a file can be bad (tests of the loader, CLI and reload). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes the broken files the loader must skip, each with a reason naming it. */
export async function addBrokenFiles(target: string): Promise<void> {
  await writeFile(
    path.join(target, 'binary.md'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
  );
  await writeFile(path.join(target, 'empty.md'), '');
  await writeFile(
    path.join(target, 'bad-yaml.md'),
    '---\noutlet: [unclosed\ntitle: x\n---\nSome text that is long enough to be a sentence here.\n',
  );
  await writeFile(path.join(target, 'huge.md'), Buffer.alloc(20 * 1024 * 1024, 'a'));
  await writeFile(
    path.join(target, 'latin1.txt'),
    Buffer.from('Caf\xe9 owners said the summit was \xabgood\xbb for business.\n', 'latin1'),
  );
  await writeFile(
    path.join(target, 'boilerplate-only.md'),
    'Accessibility links\n\nBreaking News\n\nMost Popular\n\nLoad more\n',
  );
  await mkdir(path.join(target, 'x.md'));
  await writeFile(path.join(target, 'notes.json'), '{"not": "an article"}');
}
