import type { NarrativeSection } from '../../core/agency/report-types';
import type { RichBlock, RichRun } from '../../core/agency/rich-text';

/** What a demo report's narrative may quote from the demo records (so text and figures agree). */
export interface NarrativeFacts {
  year: number;
  campaigns: number;
  participants: number;
  topics: string[];
}

const p = (...runs: (string | RichRun)[]): RichBlock => ({ kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) });
const b = (text: string): RichRun => ({ text, bold: true });
const list = (ordered: boolean, ...items: (string | RichRun[])[]): RichBlock => ({ kind: 'list', ordered, items: items.map((i) => (typeof i === 'string' ? [{ text: i }] : i)) });

/** The demo 履职报告 of 市司法局: four sections as the agency would write them. */
export function justiceNarrative(f: NarrativeFacts): Record<NarrativeSection, RichBlock[]> {
  return {
    basics: [
      p(`${f.year}年，市司法局坚持以习近平法治思想为指导，全面落实“谁执法谁普法”普法责任制，把普法工作纳入年度重点工作和绩效考核，成立由主要负责同志任组长的普法工作领导小组，印发年度普法责任清单，实行“清单化、项目化”管理，每季度调度一次。`),
      p('全年围绕', b(f.topics.map((t) => `“${t}”`).join('、')), `等清单事项，开展主题普法活动${f.campaigns}场，参与群众${f.participants}人次。清单完成、主题活动和干部学法的各项数据见本节所列，均由平台记录自动统计。`),
    ],
    practices: [
      p(b('（一）抓住“关键少数”，系统内学法用法常态化。'), '落实党委（党组）理论学习中心组集体学法制度，全年集体学法4次；组织全体干部参加年度学法考试，学法情况与年度考核挂钩。'),
      p(b('（二）紧扣重要节点，社会普法有声有色。'), '围绕民法典宣传月、国家宪法日等重要时间节点，深入推进“法治六进”：'),
      list(true, '宪法宣传周期间在机关、学校、社区集中宣传，开展宪法知识竞赛；', '民法典宣传月以“美好生活·民法典相伴”为主题，以案释法进社区、进乡村；', '法律援助进村居，每季度开展法律咨询，送法上门服务老年人。'),
      p(b('（三）创新普法形式，'), { text: '让法治文化“活”起来。', italic: true }, '创作吕剧《婚姻自主》等戏曲普法作品，在“普法”平台上线课程与练习，服务法律明白人培训。'),
    ],
    problems: [
      p('对照年度责任清单和群众需求，工作中还存在一些不足：'),
      list(false, '部分清单事项推进偏慢，“法律明白人培训”等事项年底前尚未全部完成，佐证材料归集不够及时；', '普法活动在城区多、在乡村少，面向老年人和外来务工人员的精准普法不够；', '以案释法案例的更新频次不高，新媒体普法作品传播效果有待提升。'),
    ],
    plans: [
      p(`${f.year + 1}年，我局将重点做好以下工作：`),
      list(true, [b('压实责任。'), { text: '年初印发责任清单，按季度调度，未完成事项列入督办并按月通报。' }], '聚焦重点人群。把法律明白人培训和法律援助进村居作为重点项目，每村培养法律明白人不少于3名。', '提升实效。建立以案释法案例库，每季度更新；用好戏曲、评书等群众喜闻乐见的形式，扩大新媒体普法覆盖面。'),
    ],
  };
}

/** The demo 履职报告 of 市公安局, published and awaiting the 普法办's 评议. */
export function policeNarrative(f: NarrativeFacts): Record<NarrativeSection, RichBlock[]> {
  return {
    basics: [
      p(`${f.year}年，市公安局把普法融入执法办案全过程，落实“谁执法谁普法”责任制，明确法制部门牵头、各警种分工负责。`),
      p(`全年开展主题普法活动${f.campaigns}场，参与群众${f.participants}人次，围绕`, b(f.topics.map((t) => `“${t}”`).join('、')), '等事项推进清单落实。'),
    ],
    practices: [
      p(b('（一）禁毒宣传进校园。'), '围绕6·26国际禁毒日，组织民警走进中学课堂，以情景剧再现真实案例。'),
      p(b('（二）反家暴告诫制度宣传。'), '各派出所结合辖区警情，以快板、以案释法等形式讲解告诫书制度。'),
      list(false, '全民国家安全教育日开展线上线下宣传；', '执法过程中同步释法说理，做到执法一次、普法一片。'),
    ],
    problems: [p('部分派出所普法力量不足，普法与执法办案结合还不够紧密；面向农村地区的禁毒宣传覆盖不够均衡。')],
    plans: [list(true, '推动每个派出所明确一名普法联络员；', '建立禁毒、反诈、反家暴以案释法案例库；', '加大农村地区和学校周边的宣传频次。')],
  };
}
