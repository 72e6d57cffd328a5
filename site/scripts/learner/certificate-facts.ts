/** A certificate's public facts as the verify endpoint gives them, rendered the same way on the certificate and verify pages. */
import type { VerifyReply } from '../../../core/learning/replies';
import { formatDate, h } from './dom';

const num = (n: number) => String(Math.round(n * 10) / 10);

/** <dt>/<dd> pairs for a <dl class="facts">; missing facts are left out. */
export function facts(v: VerifyReply): HTMLElement[] {
  const rows: [string, string | undefined][] = [
    ['证书编号', v.serial],
    ['姓名', v.name],
    ['单位', v.unit],
    ['年度', v.year === undefined ? undefined : `${v.year} 年`],
    ['发证日期', v.issuedAt && formatDate(v.issuedAt)],
    ['学时', v.hours === undefined ? undefined : `${num(v.hours)} 学时`],
    ['考试成绩', v.examScore === undefined ? undefined : `${num(v.examScore)} 分`],
    ['发证机关', v.issuer],
  ];
  return rows.filter(([, value]) => value !== undefined).flatMap(([k, value]) => [h('dt', {}, k), h('dd', {}, value!)]);
}
