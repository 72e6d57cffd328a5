import type { TextareaFieldValidation } from 'payload';

/** A transcript is optional, but if given it must be WebVTT so players can show it timed. */
export const validateWebVtt: TextareaFieldValidation = (value) => {
  if (!value) return true;
  if (!value.trimStart().startsWith('WEBVTT')) return '字幕须为 WebVTT 格式（以 WEBVTT 开头）';
  if (!/\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}/.test(value)) return '字幕中没有找到时间轴（如 00:01.000 --> 00:04.000）';
  return true;
};
