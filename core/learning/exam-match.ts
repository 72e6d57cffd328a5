/**
 * Assigning bank questions to blueprint slots: a bipartite matching (Kuhn's augmenting paths),
 * so that overlapping rules are filled whenever any assignment can fill them — a greedy draw
 * could take a question a later rule needed. Pure; candidates are tried in the given order.
 */

/** slots[i] lists candidate question indexes for slot i, best first. */
export interface MatchInput {
  slots: readonly (readonly number[])[];
  /** Questions that may be used in this phase. */
  allowed: (question: number) => boolean;
}

/**
 * Extend `owner` (question index → slot index) with augmenting paths over the allowed
 * questions. Already matched questions stay matched (augmenting only re-seats them), so calling
 * this first with the preferred questions and then with all maximises the preferred ones used.
 */
export function augment(input: MatchInput, owner: Map<number, number>, slotOf: (number | undefined)[]): void {
  const { slots, allowed } = input;
  const tryAssign = (slot: number, visited: Set<number>): boolean => {
    for (const q of slots[slot]!) {
      if (!allowed(q) || visited.has(q)) continue;
      visited.add(q);
      const other = owner.get(q);
      if (other === undefined || tryAssign(other, visited)) {
        owner.set(q, slot);
        slotOf[slot] = q;
        return true;
      }
    }
    return false;
  };
  for (let s = 0; s < slots.length; s++) if (slotOf[s] === undefined) tryAssign(s, new Set());
}
