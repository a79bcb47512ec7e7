import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrownFixtures } from '../bench/brownFixtures.ts';
import { NewsDesk } from '../src/core/newsDesk.ts';

/** A query's honorific never finds a person of the other sex (speakerGender.ts). */
describe('/quote with an honorific of the other sex', () => {
  let dir = '';
  let desk: NewsDesk;
  beforeAll(async () => {
    const { allDir } = await ensureBrownFixtures();
    dir = await mkdtemp(path.join(os.tmpdir(), 'speaker-gender-'));
    // cg34: Carl Sandburg and his wife; ca26: Caron S. Stallard, a man whose given name is on the lists of women's names.
    for (const id of ['cg34', 'ca26']) await copyFile(path.join(allDir, `${id}.txt`), path.join(dir, `${id}.txt`));
    desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const texts = (query: string) => {
    const result = desk.quotes(query);
    return result.status === 'found' ? result.quotes.map((quote) => quote.text) : [];
  };

  it('does not give “Mrs. Sandburg” her husband’s words (Brown cg34)', () => {
    expect(texts('Carl Sandburg').some((text) => text.includes('eats celery with celerity'))).toBe(true);
    expect(texts('Mrs. Sandburg').some((text) => text.includes('eats celery with celerity'))).toBe(false);
  });

  it('still finds a man as “Mr.” whatever the lists of given names say (Brown ca26)', () => {
    expect(texts('Mr. Stallard').length).toBeGreaterThan(0);
  });
});
