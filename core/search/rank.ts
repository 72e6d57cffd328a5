/** Ranking of a query's candidates (browser-safe): order and top-k selection on typed arrays. */

/** All candidates of a query across segments, as aligned typed arrays. */
export interface Ranked {
  segment: Uint8Array;
  doc: Int32Array;
  /** Lower first: (0 title match / KIND_ORDER.length body match) + kind order. */
  group: Uint8Array;
  score: Float64Array;
  /** 1 once verification found the candidate to be a false positive. */
  rejected: Uint8Array;
  rejectedCount: number;
}

/** True when candidate i ranks before candidate j. */
function before(r: Ranked, i: number, j: number): boolean {
  return (
    r.group[i]! - r.group[j]! || r.score[j]! - r.score[i]! || r.segment[i]! - r.segment[j]! || r.doc[i]! - r.doc[j]!
  ) < 0;
}

/** Indices of the best `k` candidates not rejected, best first: a bounded max-heap, O(n log k). */
export function topK(r: Ranked, k: number): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number) => before(r, b, a);
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) return;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const m = l + 1 < heap.length && worse(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (l >= heap.length || !worse(heap[m]!, heap[i]!)) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < r.doc.length && k > 0; i++) {
    if (r.rejected[i]) continue;
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (before(r, i, heap[0]!)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(r, a, b) ? -1 : 1));
}
