/**
 * The demo works' sound, synthesized here (no recordings): a bowed-string-like melody on a
 * pentatonic scale with 板鼓 clicks for the 吕剧-style piece, and 竹板 clapper rhythms with a
 * woodblock tune for the 快板-style piece. Deterministic: the same score gives the same bytes,
 * so the seed can cache the encoded files by content hash.
 */

export const SAMPLE_RATE = 22_050;

/** One note: start and length in beats, pitch as semitones above the key's tonic (null = rest). */
export interface Note {
  at: number;
  beats: number;
  pitch: number;
}

export interface Score {
  bpm: number;
  /** Tonic frequency in Hz. */
  tonic: number;
  beats: number;
  melody: Note[];
  /** Beats (fractional) where a percussion click sounds, and how loud (0–1). */
  clicks: { at: number; gain: number }[];
  /** 'string' (坠琴-like, with vibrato) or 'wood' (short woodblock-like tone). */
  voice: 'string' | 'wood';
}

// A small deterministic noise source (xorshift32).
function noise(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) / 0xffffffff) * 2 - 1;
  };
}

/** Renders the score to mono float samples in [-1, 1]. */
export function render(score: Score): Float32Array {
  const spb = (60 / score.bpm) * SAMPLE_RATE;
  const out = new Float32Array(Math.ceil(score.beats * spb) + SAMPLE_RATE);
  for (const n of score.melody) {
    const f = score.tonic * 2 ** (n.pitch / 12);
    const start = Math.round(n.at * spb);
    const len = Math.round(n.beats * spb);
    for (let i = 0; i < len && start + i < out.length; i++) {
      const t = i / SAMPLE_RATE;
      const attack = Math.min(1, i / (0.03 * SAMPLE_RATE));
      const release = Math.min(1, (len - i) / (0.06 * SAMPLE_RATE));
      let s = 0;
      if (score.voice === 'string') {
        const ph = 2 * Math.PI * f * t + 0.25 * Math.sin(2 * Math.PI * 5.5 * t) * Math.min(1, t * 2);
        s = 0.5 * Math.sin(ph) + 0.28 * Math.sin(2 * ph) + 0.16 * Math.sin(3 * ph) + 0.08 * Math.sin(4 * ph);
        out[start + i]! += 0.45 * s * attack * release;
      } else {
        s = Math.sin(2 * Math.PI * f * t) + 0.3 * Math.sin(2 * Math.PI * 2.76 * f * t);
        out[start + i]! += 0.4 * s * Math.exp(-t * 9) * attack * release;
      }
    }
  }
  const rand = noise(42);
  for (const c of score.clicks) {
    const start = Math.round(c.at * spb);
    let prev = 0;
    for (let i = 0; i < 0.05 * SAMPLE_RATE && start + i < out.length; i++) {
      const raw = rand();
      const high = raw - prev; // crude high-pass: a dry 板 crack rather than a hiss
      prev = raw;
      out[start + i]! += 0.5 * c.gain * high * Math.exp(-i / (0.008 * SAMPLE_RATE));
    }
  }
  const peak = out.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  for (let i = 0; i < out.length; i++) out[i] = (out[i]! / peak) * 0.85;
  return out;
}

/** 16-bit PCM WAV bytes of mono samples. */
export function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2));
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(SAMPLE_RATE, 24);
  head.writeUInt32LE(SAMPLE_RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}
