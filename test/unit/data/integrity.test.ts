import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkBundledData } from '../../../src/data/check';
import { dataset } from '../../../src/data/dataset';
import { packs } from '../../../src/data/packs/index';
import { checkData, checkDataset } from '../../../src/data/validate';
import { announceMissingShared, hasShared, sharedDir } from '../../shared-corpus';

// The bundled dataset and packs against the shared fact sheet they come from.
announceMissingShared('integrity tests against the fact sheet');
type SheetRow = Record<string, unknown> & { id: string };
const readShared = (path: string) =>
  hasShared ? readFileSync(resolve(sharedDir, path), 'utf8') : '';
const sheet = (hasShared ? JSON.parse(readShared('research/figures.json')) : {}) as {
  sources: SheetRow[];
  figures: SheetRow[];
  denials: SheetRow[];
};
const article = readShared('source/source-article.fr.txt');

/** Numbers whose figure's quote does not state them and only the notes explain. */
const NOTE_ONLY: string[] = [];

const clone = () => structuredClone(dataset);

describe.skipIf(!hasShared)('bundled data', () => {
  it('passes the build-time check', () => {
    expect(checkBundledData()).toEqual([]);
  });

  it('holds every source, figure and statement of the shared fact sheet', () => {
    expect(dataset.sources.map((s) => s.id).sort()).toEqual(sheet.sources.map((s) => s.id).sort());
    expect(dataset.figures.map((f) => f.id).sort()).toEqual(sheet.figures.map((f) => f.id).sort());
    expect(dataset.statements.map((s) => s.id).sort()).toEqual(
      sheet.denials.map((s) => s.id).sort(),
    );
  });

  it('gives every figure and statement an http(s) URL and a verbatim quote', () => {
    for (const record of [...dataset.figures, ...dataset.statements]) {
      expect(record.url, record.id).toMatch(/^https?:\/\/\S+$/);
      expect(record.quote.trim(), record.id).not.toBe('');
      const row = [...sheet.figures, ...sheet.denials].find((r) => r.id === record.id)!;
      expect(record.quote, record.id).toBe(row.quote);
    }
  });

  it('keeps ids unique and every reference resolvable', () => {
    const recordIds = [...dataset.figures, ...dataset.statements].map((r) => r.id);
    expect(new Set(recordIds).size).toBe(recordIds.length);
    const sources = new Set(dataset.sources.map((s) => s.id));
    expect(sources.size).toBe(dataset.sources.length);
    for (const r of [...dataset.figures, ...dataset.statements])
      expect(sources).toContain(r.source);
    const known = new Set(recordIds);
    for (const pack of packs) {
      for (const claim of pack.claims) for (const ref of claim.refs) expect(known).toContain(ref);
    }
  });

  it('traces every number to its quote, listing those only the notes explain', () => {
    const report = checkDataset(dataset);
    expect(report.problems).toEqual([]);
    expect(report.noteOnly).toEqual(NOTE_ONLY);
  });

  it('puts no figure in a pack that the shared fact sheet lacks or counts differently', () => {
    const rows = new Map(sheet.figures.map((f) => [f.id, f]));
    for (const pack of packs) {
      for (const entry of pack.figureIndex) {
        const row = rows.get(entry.id);
        expect(row, entry.id).toBeDefined();
        for (const field of ['source', 'metric', 'scope', 'value', 'min', 'max'] as const) {
          expect(entry[field], `${entry.id}.${field}`).toBe(row![field] ?? undefined);
        }
      }
    }
  });

  it("writes the source article's claims as the article words them", () => {
    const [pack] = packs.filter((p) => p.id === 'syria-russia-amnesty-2015');
    const text = article.replace(/\s+/g, ' ');
    expect(pack!.claims.length).toBeGreaterThan(10);
    for (const claim of pack!.claims) expect(text).toContain(claim.text);
    expect(pack!.title).toBe(article.split('\n')[0]!.trim());
  });

  it('keeps packs small and free of the article text', () => {
    for (const pack of packs) {
      const json = JSON.stringify(pack);
      // 12.5 KB: the pack carries the event's facts in six languages (the UN's reserve, the report's
      // title and Amnesty's answer to the denial took it past the first 12 KB).
      expect(gzipSync(json).length).toBeLessThan(12_500);
    }
    const paragraphs = article.split(/\n\s*\n/).filter((p) => p.length > 250);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const pack of packs) {
      for (const p of paragraphs) expect(JSON.stringify(pack)).not.toContain(p.trim());
    }
  });
});

describe('a corrupted figure', () => {
  const target = 'sohr-2015-12-22-russian-strikes-civilians';
  const corrupt = (change: (f: (typeof dataset.figures)[number]) => void) => {
    const data = clone();
    change(data.figures.find((f) => f.id === target)!);
    return checkData(data, packs);
  };

  it('is reported by id and field when its URL is not http(s)', () => {
    const problems = corrupt((f) => (f.url = 'ftp://example.org/toll'));
    expect(problems).toEqual([`figure ${target}: url: expected an http(s) URL`]);
  });

  it('is reported by id and field when its value is not in its quote', () => {
    const problems = corrupt((f) => (f.value = 711));
    // The pack's index copy of the figure is stale too; the figure itself comes first.
    expect(problems[0]).toBe(`figure ${target}: value: 711 is in neither the quote nor the notes`);
  });

  it('is reported by id and field when its quote is empty', () => {
    const problems = corrupt((f) => (f.quote = ' '));
    expect(problems[0]).toBe(`figure ${target}: quote: must not be empty`);
  });

  it('is reported when its source does not exist', () => {
    const problems = corrupt((f) => (f.source = 'nobody'));
    expect(problems[0]).toBe(`figure ${target}: source: unknown source "nobody"`);
  });

  it('makes a pack that indexes it stale', () => {
    const problems = corrupt((f) => (f.period.to = '2015-12-20'));
    expect(problems).toContainEqual(expect.stringContaining(`figureIndex ${target}: differs`));
  });

  it('is listed, not rejected, when only its notes explain its number', () => {
    const data = clone();
    const f = data.figures.find((x) => x.id === target)!;
    f.value = 709;
    f.notes = 'Sum of 700 and 9: 709 in all.';
    expect(checkDataset(data).noteOnly).toEqual([`${target}.value`]);
  });
});

describe('a broken pack', () => {
  const [pack] = packs;
  const check = (change: (p: Record<string, unknown>) => void) => {
    const copy = structuredClone(pack) as unknown as Record<string, unknown>;
    change(copy);
    return checkData(dataset, [copy]);
  };

  it('is reported when a claim refers to a figure that does not exist', () => {
    const problems = check((p) => {
      (p.claims as { refs: string[] }[])[0]!.refs = ['no-such-figure'];
    });
    expect(problems).toEqual([
      expect.stringMatching(/refs: "no-such-figure" is not a dataset figure$/),
    ]);
  });

  it('is reported when a claim value cannot be read in its text', () => {
    const problems = check((p) => {
      const claim = (p.claims as { kind: string; value?: number }[]).find(
        (c) => c.kind === 'casualty' && c.value !== undefined,
      )!;
      claim.value = claim.value! + 1;
    });
    expect(problems).toEqual([expect.stringMatching(/: value: \d+ cannot be read in the text$/)]);
  });
});
