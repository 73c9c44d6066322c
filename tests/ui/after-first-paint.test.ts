import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, LONGEST_WAIT_MS } from '../../src/ui/after-first-paint';

/** A browser's paint timing: `report(name)` delivers a paint entry to whoever observes paints. */
function fakePaintTiming(supportedEntryTypes: readonly string[] = ['paint']) {
  const observers = new Set<{ callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void }>();
  class FakeObserver {
    static supportedEntryTypes = supportedEntryTypes;
    readonly callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void;
    constructor(callback: FakeObserver['callback']) {
      this.callback = callback;
    }
    observe() {
      observers.add(this);
    }
    disconnect() {
      observers.delete(this);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    report(name: string) {
      for (const observer of [...observers])
        observer.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
    },
    observing: () => observers.size,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('goes ahead when the first contentful paint is reported, not at the first paint, and only once', () => {
    const paints = fakePaintTiming();
    const callback = vi.fn();
    afterFirstPaint(callback);
    paints.report('first-paint');
    expect(callback).not.toHaveBeenCalled();
    paints.report('first-contentful-paint');
    expect(callback).toHaveBeenCalledTimes(1);
    expect(paints.observing()).toBe(0);
    vi.advanceTimersByTime(LONGEST_WAIT_MS);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('goes ahead anyway when no paint is reported in time', () => {
    const paints = fakePaintTiming();
    const callback = vi.fn();
    afterFirstPaint(callback);
    vi.advanceTimersByTime(LONGEST_WAIT_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(paints.observing()).toBe(0);
    paints.report('first-contentful-paint');
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('where paints are not reported, goes ahead in the task after the next frame', () => {
    fakePaintTiming(['navigation']);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    const callback = vi.fn();
    afterFirstPaint(callback);
    expect(frames).toHaveLength(1);
    frames[0]?.(0);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
