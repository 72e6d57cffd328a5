'use client';
/**
 * Under the media item's 唱词/字幕 field: imports an .lrc or .vtt file into it (read in the browser;
 * the server converts LRC to WebVTT on save and names the line of any fault).
 */
import { useField } from '@payloadcms/ui';
import { useState, type ChangeEvent } from 'react';

const MAX_BYTES = 512 * 1024;

export function CaptionsImport() {
  const { setValue } = useField<string>({ path: 'transcript' });
  const [message, setMessage] = useState('');

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) return setMessage('文件过大（字幕文件应小于 512 KB）');
    const text = await file.text();
    setValue(text);
    setMessage(`已导入 ${file.name}（${text.split(/\r?\n/).filter((l) => l.trim()).length} 行），保存后生效`);
    event.target.value = '';
  }

  return (
    <div style={{ margin: '-0.5rem 0 1.5rem' }} data-testid="captions-import">
      <label style={{ display: 'inline-block', cursor: 'pointer' }} className="btn btn--style-secondary btn--size-small">
        导入 LRC / WebVTT 文件
        <input type="file" accept=".lrc,.vtt,.txt,text/vtt" onChange={(e) => void onFile(e)} style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }} aria-label="导入 LRC 或 WebVTT 字幕文件" />
      </label>
      {message && <p role="status" style={{ margin: '0.4rem 0 0' }}>{message}</p>}
    </div>
  );
}
