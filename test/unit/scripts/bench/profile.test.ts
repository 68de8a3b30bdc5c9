import { describe, expect, it } from 'vitest';
import { contentScriptSelfTime, type CpuProfile } from '../../../../scripts/bench/profile';

const CS = 'chrome-extension://abc/content-scripts/content.js';
const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

describe('contentScriptSelfTime', () => {
  it("sums samples per content-script function, built-ins counting for their caller, the page's own code not at all", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 5, 6] },
        { id: 2, callFrame: frame('check', CS, 9), children: [3] },
        { id: 3, callFrame: frame('extract', CS, 19), children: [4] },
        { id: 4, callFrame: frame('RegExp: a|b', '') },
        { id: 5, callFrame: frame('pageScript', 'http://127.0.0.1/page.html', 3) },
        { id: 6, callFrame: frame('(garbage collector)', '') },
      ],
      samples: [2, 3, 4, 4, 5, 6],
      timeDeltas: [1000, 2000, 500, 500, 4000, 7000],
    };
    expect(Object.fromEntries(contentScriptSelfTime(profile))).toEqual({
      'check:10': 1,
      'extract:20': 3,
    });
  });
});
