/**
 * Beside the 评议 score in the report's sidebar: the rubric's components and its suggested
 * score and grade, computed on the server from the published records (the public page shows
 * the same). A grade that departs from the suggestion needs a 评议说明; the save hook refuses
 * it otherwise.
 */
import type { UIFieldServerProps } from 'payload';
import { relationKey } from '../../../relation';
import { rubricForReport } from '../rubric';

export async function RubricField({ data, payload }: UIFieldServerProps) {
  if (!data?.agency || !data?.year) return null;
  const { rubric } = await rubricForReport(payload, relationKey(data.agency), Number(data.year));
  const cell = { padding: '0.2rem 0.4rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const, verticalAlign: 'top' as const };
  return (
    <section className="pufa-report-rubric" aria-label="评分细则" style={{ marginBottom: '1rem', fontSize: '0.85rem' }}>
      <p style={{ margin: '0 0 0.3rem' }}>
        <strong>评分细则建议：{rubric.score} 分（{rubric.grade}）</strong>
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <tbody>
          {rubric.components.map((c) => (
            <tr key={c.key}>
              <th style={cell}>{c.label}</th>
              <td style={cell}>{c.points}/{c.max}</td>
              <td style={cell}>{c.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ margin: '0.3rem 0 0', color: 'var(--theme-elevation-600)' }}>评议等次与建议的“{rubric.grade}”不同时，须在“评议说明”中写明理由。</p>
    </section>
  );
}
