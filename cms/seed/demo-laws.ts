/**
 * The corpus files the demo imports: the laws the seed lessons cite, two versions of
 * 未成年人保护法 (to show versioning), one judicial interpretation and a few cases.
 * The whole corpus is `npm run import:laws -- ../shared/corpus/laws`.
 */
export const DEMO_LAW_PATHS = [
  '宪法/宪法.md',
  '民法典/',
  '行政法/行政处罚法(2021-01-22).md',
  '行政法/法律援助法(2021-08-20).md',
  '社会法/未成年人保护法(2020-10-17).md',
  '社会法/未成年人保护法(2024-04-26).md',
  '社会法/反家庭暴力法(2015-12-27).md',
  '行政法/社区矫正法(2019-12-28).md',
  '诉讼与非诉讼程序法/人民调解法(2010-08-28).md',
  '山东地方性法规/济南市优化营商环境条例(2022-01-21).md',
  '行政法/个人信息保护法(2021-08-20).md',
  '社会法/劳动合同法(2012-12-28).md',
  '民法商法/消费者权益保护法(2013-10-25).md',
  '司法解释/最高人民法院关于办理人身安全保护令案件适用法律若干问题的规定(2022-07-14).md',
  '案例/民法典/婚前隐瞒重大疾病 配偶可申请撤销婚姻.md',
];

export const isDemoLawPath = (rel: string): boolean =>
  DEMO_LAW_PATHS.some((p) => (p.endsWith('/') ? rel.startsWith(p) : rel === p));
