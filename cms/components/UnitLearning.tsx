/**
 * On the admin dashboard, for an agency editor: their own unit's learners this year — 学时
 * against the requirement, best exam score, certificate — with the completion and pass rates
 * the annual report uses, and downloads (CSV for the office, xAPI for other learning systems).
 * The figures come from the same unitReport the endpoints serve, limited to the editor's agency.
 */
import type { ServerProps } from 'payload';
import { agencyIdOf, hasRole } from '../access/roles';
import { unitReport } from '../learning/unit-report';
import { AUDIENCE_TITLES } from '../../core/vocabulary/learning';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
/** Rows shown on the dashboard; the CSV has everyone. */
const SHOWN = 50;

export async function UnitLearning({ payload, user }: ServerProps) {
  const unit = agencyIdOf(user);
  if (!hasRole(user, 'agency-editor') || unit == null) return null;
  const year = new Date().getFullYear();
  const report = await unitReport(payload, unit, year);
  const cell = { padding: '0.3rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const };
  return (
    <section className="pufa-unit-learning" aria-label="本单位学员学习情况" style={{ marginBottom: '2rem' }}>
      <h2>{year}年本单位学员学法情况</h2>
      <p>
        学员 {report.learners} 人 · 学时与考试均完成 {percent(report.completionRate)} · 考试通过率 {percent(report.examPassRate)}
      </p>
      <p>
        <a href={`/api/learners/unit-report?format=csv&year=${year}`}>下载学员统计（CSV）</a>
        {' · '}
        <a href="/api/learners/unit-export">导出学习记录（xAPI JSON）</a>
      </p>
      {report.rows.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>{['姓名', '学习路径', '学时', '考试最高分', '通过', '证书'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {report.rows.slice(0, SHOWN).map((r) => (
              <tr key={String(r.id)}>
                <td style={cell}>{r.name}</td>
                <td style={cell}>{AUDIENCE_TITLES[r.audience]}</td>
                <td style={cell}>{r.hours} / {r.requiredHours}</td>
                <td style={cell}>{r.bestScore ?? '—'}</td>
                <td style={cell}>{r.passed ? '是' : '否'}</td>
                <td style={cell}>{r.certificate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.rows.length > SHOWN && <p>仅显示前 {SHOWN} 人，完整名单请下载 CSV。</p>}
    </section>
  );
}
