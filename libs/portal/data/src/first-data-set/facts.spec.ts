/**
 * Every fact of FACTS.md, read back through the repositories and compared with FACTS.md itself
 * and with the source article: value, unit, period, owner and source words.
 */
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import type { Indicator, Observation } from '@egov/kpis-model';
import { normalizeVietnamese, slugify } from '@egov/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalRepositories, type PortalRepositories } from '../portal-repositories';
import { portalMigrations } from '../portal-schema';
import { seedFirstDataSet } from './index';
import { numbersIn, quotedWords, readArticle, readFacts, squash } from './source/facts-table';

const facts = readFacts();
const articleText = squash(readArticle());
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `F${String(from + i).padStart(2, '0')}`);

/** True when `needle` stands in `haystack` with at most `edits` letters changed (the article has a typo FACTS.md corrects). */
function containsNearly(haystack: string, needle: string, edits = 1): boolean {
  if (haystack.includes(needle)) return true;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    let differences = 0;
    for (let i = 0; i < needle.length && differences <= edits; i += 1) if (haystack[start + i] !== needle[i]) differences += 1;
    if (differences <= edits) return true;
  }
  return false;
}

/** Every word of a unit as FACTS.md writes it ("inhabitants / point") is in the indicator's unit. */
function unitWordsMatch(factsUnit: string, indicatorUnit: string): boolean {
  const words = (text: string) => normalizeVietnamese(text.replace(/\//g, ' per ')).split(' ').filter(Boolean);
  const have = words(indicatorUnit).map((word) => word.replace(/s$/, ''));
  return words(factsUnit).every((word) => have.includes(word.replace(/s$/, '')));
}

function expectQuotesKept(factId: string, quotes: Array<string | null>, factsCell: string) {
  const kept = quotes.filter((quote): quote is string => quote !== null).map(squash);
  expect(kept.length, `${factId} keeps a source quote`).toBeGreaterThan(0);
  for (const quote of kept) expect(articleText, `${factId}'s quote is verbatim from the article`).toContain(quote);
  for (const words of quotedWords(factsCell).map(squash)) {
    expect(kept.some((quote) => containsNearly(quote, words)), `${factId} keeps "${words}"`).toBe(true);
  }
}

describe.each(testBackends)('FACTS.md read back through the repositories on %s', (backend) => {
  let db: TestDatabase;
  let repos: PortalRepositories;
  let observations: Observation[];
  let indicators: Map<string, Indicator>;

  beforeAll(async () => {
    db = await createTestDatabase(backend, portalMigrations);
    await seedFirstDataSet(db);
    repos = createPortalRepositories(db);
    observations = await repos.kpis.listObservations({ period: '2020-H1' });
    indicators = new Map((await repos.kpis.listIndicators()).map((indicator) => [indicator.code, indicator]));
  });
  afterAll(() => db.dispose());

  const observationsOf = (factId: string) => observations.filter((o) => o.factId === factId);

  it.each(range(1, 23))('%s: value, unit, field, period and source', (factId) => {
    const [field, , valueCell, unitCell, sourceCell] = facts.get(factId)!.cells as [string, string, string, string, string];
    const found = observationsOf(factId);
    expect(found.length, `${factId} is seeded`).toBeGreaterThan(0);
    for (const observation of found) {
      expect(observation).toMatchObject({ period: '2020-H1', areaCode: '20' });
      expect(indicators.get(observation.indicatorCode)?.field).toBe(field);
    }

    const figures = found.flatMap((o) => [o.value, o.numerator, o.denominator]);
    for (const number of numbersIn(valueCell)) expect(figures, `${factId} holds ${number}`).toContain(number);

    const [first] = numbersIn(valueCell);
    const main = found.find((o) => o.value === first || o.numerator === first)!;
    const indicator = indicators.get(main.indicatorCode)!;
    const unitHead = unitCell.split(/[;,(]/)[0]!.trim();
    expect(unitWordsMatch(unitHead.replace(/^%/, ''), indicator.unitEn), `${factId}: "${unitHead}" vs "${indicator.unitEn}"`).toBe(true);
    if (unitHead.startsWith('%')) expect(indicator.measure).toBe('percent');

    const target = unitCell.match(/target (\d+(?:\.\d+)?) %/);
    if (target) expect(found.map((o) => o.target)).toContain(Number(target[1]));
    const reported = unitCell.match(/reported as (\d+(?:\.\d+)?) %/);
    if (reported) expect(main.value).toBe(Number(reported[1]));
    const extra = unitCell.match(/at (\d+) % of|from (\d+) units/);
    if (extra) expect(found.map((o) => o.value)).toContain(Number(extra[1] ?? extra[2]));

    expectQuotesKept(factId, found.map((o) => o.sourceQuote), sourceCell);
  });

  it('F07 meets its 30 % target under Nghị quyết 17/NQ-CP', () => {
    const [f07] = observationsOf('F07');
    expect(f07).toMatchObject({ value: 32.4, target: 30 });
    expect(indicators.get(f07!.indicatorCode)?.legalBasis).toMatch(/17\/NQ-CP/);
  });

  it.each(range(30, 33))('%s: the inspection figures and their source', (factId) => {
    const [factCell, sourceCell] = facts.get(factId)!.cells as [string, string];
    const found = observationsOf(factId);
    expect(found.length).toBeGreaterThan(0);
    for (const observation of found) {
      expect(observation).toMatchObject({ period: '2020-H1', areaCode: '20' });
      expect(indicators.get(observation.indicatorCode)?.field).toBe('inspection');
    }
    const values = found.map((o) => o.value);
    for (const number of numbersIn(factCell.replace(/Covid-19/g, ''))) expect(values, `${factId} holds ${number}`).toContain(number);
    expectQuotesKept(factId, found.map((o) => o.sourceQuote), sourceCell);
  });

  it.each(range(40, 42))('%s: the award, its recipient, period and source', async (factId) => {
    const [awardCell, recipientCell, , sourceCell] = facts.get(factId)!.cells as [string, string, string, string];
    const award = (await repos.awards.findByFactId(factId))!;
    expect(award).not.toBeNull();
    expect(award.kind).toBe(awardCell.startsWith('Bằng khen') ? 'certificate_of_merit' : 'commendation');
    expect(award.period).toBe('2020-H1');
    const counts = numbersIn(recipientCell);
    if (counts.length === 2) {
      expect([award.collectivesCount, award.individualsCount]).toEqual(counts);
    } else {
      const unit = award.recipientUnitCode ? await repos.units.get(award.recipientUnitCode) : null;
      expect(unit?.nameVi ?? award.recipientName).toBe(recipientCell.replace(/\s*\(.*\)$/, ''));
    }
    expectQuotesKept(factId, [award.sourceQuote], sourceCell);
  });

  it('F50–F53, F56: the department, its units and the certificate authority', async () => {
    const units = await repos.units.list();
    for (const factId of ['F50', 'F51', 'F52', 'F53', 'F56']) {
      const name = facts.get(factId)!.cells[0]!;
      expect(units.map((u) => u.nameVi), factId).toContain(name);
    }
    const department = units.find((u) => u.kind === 'department')!;
    expect(units.filter((u) => u.parentCode === department.code).map((u) => u.nameVi).sort()).toEqual(
      [facts.get('F51')!.cells[0], facts.get('F52')!.cells[0], facts.get('F53')!.cells[0]].sort(),
    );
  });

  it('F54: the three provincial press bodies', async () => {
    const press = (await repos.units.list({ kind: 'press' })).map((u) => u.nameVi);
    for (const name of facts.get('F54')!.cells[0]!.split(';').map((s) => s.trim())) {
      expect(press.some((unit) => unit.startsWith(name)), name).toBe(true);
    }
  });

  it('F55: in every district and the city, its people’s committee and two bodies', async () => {
    const entity = facts.get('F55')!.cells[0]!;
    const bodies = ['UBND', 'Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa, Thể thao và Truyền thông'];
    for (const body of bodies) expect(entity).toContain(body);
    const districts = await repos.districts.list({ level: 'district', validOn: '2020-06-30' });
    for (const district of districts) {
      const names = (await repos.units.list({ areaCode: district.code })).map((u) => u.nameVi);
      for (const body of bodies) expect(names.some((name) => name.startsWith(body)), `${body} of ${district.nameVi}`).toBe(true);
    }
  });

  it('F57, F58: the chair of the conference and the author of the article', async () => {
    const [name57, position57] = facts.get('F57')!.cells[0]!.split(': ') as [string, string];
    const chair = (await repos.units.people()).find((p) => p.fullName === name57)!;
    expect(chair.positionVi).toBe(position57);
    expect(chair.unitCode).toBe('so-tttt');
    const name58 = facts.get('F58')!.cells[0]!.replace(/\s*\(.*$/, '');
    const author = (await repos.units.people()).find((p) => p.fullName === name58)!;
    expect((await repos.units.get(author.unitCode))?.nameVi).toBe(facts.get('F53')!.cells[0]);
  });

  it('F60–F64: the article, published with its date, event, images, captions and topics', async () => {
    const cell = (factId: string) => facts.get(factId)!.cells[1]!;
    const title = cell('F60');
    const article = (await repos.news.getBySlug(slugify(title)))!;
    expect(article).toMatchObject({ title, state: 'published', eventDate: cell('F62'), reportsPeriod: '2020-H1' });
    expect(Date.parse(article.publishedAt!)).toBe(Date.parse(cell('F61')));
    expect(article.authorName).toBe(facts.get('F58')!.cells[0]!.replace(/\s*\(.*$/, ''));

    const files = cell('F63').match(/[\w-]+\.jpg/g)!;
    expect(article.images.map((image) => image.fileName).sort()).toEqual([...files].sort());
    const captions = quotedWords(cell('F63')).map(squash);
    for (const image of article.images) expect(captions).toContain(squash(image.captionVi));
    expect(article.images.find((image) => image.fileName === files[0])?.captionVi).toBe(captions[0]);

    expect(article.topics).toHaveLength(cell('F64').split(';').length);
    expect(article.topics.join(' ')).toContain('933/QĐ-UBND');
    for (const paragraph of article.bodyHtml.match(/<p>(.*?)<\/p>/g)!.map((p) => squash(p.replace(/<[^>]+>/g, '')))) {
      expect(articleText).toContain(paragraph.replace(/&amp;/g, '&'));
    }
  });
});
