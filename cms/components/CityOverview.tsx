/**
 * On the admin dashboard, for 普法办 staff (admins and reviewers): this year's lists by agency
 * and status, item completion, campaigns by 法治六进 target and month, and key dates a lead
 * agency has not acted on; and each unit's study completion and exam pass rate (CityCompletion.tsx).
 * Drafts are included: this is the office's working view.
 */
import type { ServerProps } from 'payload';
import { cityOverview } from '../../core/agency/city-overview';
import { computeReportFigures } from '../../core/agency/report';
import { LIST_STATUS_LABELS } from '../../core/agency/types';
import { hasRole } from '../access/roles';
import { listAgencyKinds } from '../agency/list-duty';
import { reportInputsForYear } from '../agency/report-input';
import { cityCompletion } from '../learning/city-completion';
import { CityCompletionTable } from './CityCompletion';

const STATE_LABEL = { published: '已发布', unpublished: '未发布', missing: '未编制' } as const;

export async function CityOverview({ payload, user }: ServerProps) {
  if (!hasRole(user, 'admin', 'reviewer')) return null;
  const year = new Date().getFullYear();
  const asOf = new Date().toISOString().slice(0, 10);
  const inputs = await reportInputsForYear(payload, year, asOf);
  const completion = await cityCompletion(payload, year);
  const figures = inputs.map(({ agencyName, kind, input }) => ({ agencyName, kind, figures: computeReportFigures(input) }));
  const o = cityOverview(year, figures, { kinds: listAgencyKinds() });
  const cell = { padding: '0.3rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const };
  return (
    <section className="pufa-overview" aria-label="全市普法工作概览" style={{ marginBottom: '2rem' }}>
      <h2>{year}年全市普法工作概览</h2>
      <p>已发布责任清单 {o.published} / {o.rows.length} 个单位。
        {o.excluded.length > 0 && `（不含无需编制清单的${o.excluded.join('、')}）`}</p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>{['单位', '清单状态', '事项完成', '主题活动', '参与人次', '未开展的牵头节点'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {o.rows.map((r) => (
            <tr key={r.agencyId}>
              <td style={cell}>{r.agencyName}</td>
              <td style={cell}>
                {STATE_LABEL[r.list.state]}
                {r.list.latestStatus && r.list.latestStatus !== 'published' && `（最新第${r.list.latestVersion}版：${LIST_STATUS_LABELS[r.list.latestStatus]}）`}
              </td>
              <td style={cell}>{r.itemsTotal ? `${r.itemsDone} / ${r.itemsTotal}` : '—'}</td>
              <td style={cell}>{r.campaigns}</td>
              <td style={cell}>{r.participants}</td>
              <td style={{ ...cell, color: r.missedKeyDates.length ? 'var(--theme-error-500)' : undefined }}>{r.missedKeyDates.join('、') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>法治六进：{o.byTarget.map((t) => `进${t.target} ${t.campaigns} 场`).join(' · ')}</p>
      <p>各月活动：{o.byMonth.map((m) => `${m.month}月 ${m.campaigns}`).join(' · ')}</p>
      <CityCompletionTable year={year} units={completion} />
    </section>
  );
}
