import type { CDPSession, Page } from 'puppeteer-core';

// Where the content script's time goes, function by function: a CPU profile
// of one page load (open the saved .cpuprofile in Chrome DevTools'
// Performance panel) and its heaviest content-script functions. Readable
// names need an unminified build (`--extension` of one).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile as CpuProfile;
}

const CONTENT_SCRIPT = /^chrome-extension:\/\/[^/]+\/content-scripts\//;

/**
 * Milliseconds of samples per content-script function (`name:line`), self
 * time: built-ins it calls (regexes, DOM) count for the function calling them.
 */
export function contentScriptSelfTime(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id: number): ProfileNode | null => {
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (CONTENT_SCRIPT.test(n.callFrame.url)) return n;
      if (n.callFrame.url !== '') return null;
    }
    return null;
  };
  const out = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const n = owner(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return out;
}
