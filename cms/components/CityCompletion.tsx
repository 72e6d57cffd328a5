/**
 * Part of the admin city overview (CityOverview): each unit's required-study completion and exam
 * pass rate this year, the learners behind each figure in a drill-down, and CSV/XLSX downloads.
 */
import type { UnitCompletion } from '../../core/learning/completion';
import { studyMet } from '../../core/learning/completion';
import { AUDIENCE_TITLES, isAudience } from '../../core/vocabulary/learning';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
const cell = { padding: '0.3rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const };

/** The completion table; `units` come from cityCompletion. */
export function CityCompletionTable({ year, units }: { year: number; units: UnitCompletion[] }) {
  const all = units.flatMap((u) => u.learners);
  return (
    <section className="pufa-city-completion" aria-label="全市学法完成情况" style={{ marginTop: '1.5rem' }}>
      <h3>{year}年全市学法完成情况</h3>
      <p>
        学员 {all.length} 人 · 学时达标 {all.filter(studyMet).length} 人 · 考试通过 {all.filter((l) => l.passed).length} 人 ·{' '}
        <a href={`/api/learners/city-completion?format=xlsx&year=${year}`}>下载（XLSX）</a> · <a href={`/api/learners/city-completion?format=csv&year=${year}`}>下载（CSV）</a>
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>{['单位', '学员', '学时达标', '考试通过', '学员明细'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId}>
              <td style={cell}>{u.unitName}</td>
              <td style={cell}>{u.learners.length}</td>
              <td style={cell}>{u.studyDone} 人（{percent(u.studyRate)}）</td>
              <td style={cell}>{u.examPassed} 人（{percent(u.passRate)}）</td>
              <td style={cell}>
                <details>
                  <summary>查看 {u.learners.length} 人</summary>
                  <ul style={{ margin: '0.3rem 0', paddingLeft: '1.2rem' }}>
                    {u.learners.map((l, i) => (
                      <li key={i}>
                        {l.name}（{isAudience(l.audience) ? AUDIENCE_TITLES[l.audience] : l.audience}）：{l.hours}/{l.requiredHours} 学时{studyMet(l) ? ' ✔' : ''} · 考试{l.passed ? `通过（${l.bestScore ?? '—'} 分）` : l.bestScore === null ? '未参加' : `未通过（${l.bestScore} 分）`}
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
