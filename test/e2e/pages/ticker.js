/* global window, performance, setInterval */
// For pages that must show whether their main thread stays free: once
// started, the page counts its own 20 ms timer ticks in window.ticks, and the
// longest gap between two of them in window.longestGapMs.
window.startTicker = () => {
  window.ticks = 0;
  window.longestGapMs = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.ticks++;
    window.longestGapMs = Math.max(window.longestGapMs, now - last);
    last = now;
  }, 20);
};
