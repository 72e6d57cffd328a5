import type { TextFieldSingleValidation } from 'payload';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, or empty (law dates are stored as text, like version dates). */
export const isoDay =
  (message = '日期格式应为 YYYY-MM-DD'): TextFieldSingleValidation =>
  (value) => {
    if (value === null || value === undefined || value === '') return true;
    const m = ISO_DAY.exec(String(value));
    if (!m) return message;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? true : message;
  };
