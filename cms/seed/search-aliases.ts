/**
 * The seeded search thesaurus (检索同义词): everyday terms and the articles they mean. Every
 * target names the law by slug, the article number and a keyword its text holds in the corpus
 * (test/unit/search/alias-seed.test.ts reads the corpus and checks each one).
 */
import type { Payload } from 'payload';
import type { DocId } from '../relation';
import { ensureDoc } from './upsert';

export interface SeedAliasTarget {
  law: string;
  article: number;
  /** Words the article's text contains (checked against the corpus by a test). */
  keyword: string;
}

export interface SeedAlias {
  term: string;
  variants?: string[];
  articles: SeedAliasTarget[];
  related?: string[];
}

const t = (law: string, article: number, keyword: string): SeedAliasTarget => ({ law, article, keyword });

export const SEED_ALIASES: SeedAlias[] = [
  // 婚姻家庭与继承
  { term: '离婚冷静期', variants: ['冷静期'], articles: [t('民法典', 1077, '撤回离婚登记申请')], related: ['家务补偿', '离婚损害赔偿'] },
  { term: '彩礼', variants: ['天价彩礼', '要彩礼'], articles: [t('民法典', 1042, '借婚姻索取财物')] },
  { term: '共债共签', variants: ['夫妻共同债务怎么认定'], articles: [t('民法典', 1064, '共同签名')] },
  { term: '婚前财产', variants: ['婚前买的房'], articles: [t('民法典', 1063, '一方的婚前财产')] },
  { term: '家务补偿', variants: ['全职太太离婚补偿'], articles: [t('民法典', 1088, '负担较多义务')] },
  { term: '离婚损害赔偿', variants: ['出轨赔偿'], articles: [t('民法典', 1091, '无过错方有权请求损害赔偿')] },
  { term: '继承顺序', variants: ['谁先继承', '法定继承顺序'], articles: [t('民法典', 1127, '第一顺序')] },
  { term: '口头遗嘱', articles: [t('民法典', 1138, '危急情况')], related: ['打印遗嘱', '录音遗嘱'] },
  { term: '打印遗嘱', articles: [t('民法典', 1136, '两个以上见证人')], related: ['口头遗嘱', '录音遗嘱'] },
  { term: '录音遗嘱', variants: ['录像遗嘱', '视频遗嘱'], articles: [t('民法典', 1137, '录音录像')], related: ['口头遗嘱', '打印遗嘱'] },
  { term: '家暴', variants: ['被家暴', '老公打人'], articles: [t('反家庭暴力法', 2, '殴打'), t('民法典', 1042, '禁止家庭暴力')], related: ['家暴告诫书'] },
  { term: '家暴告诫书', variants: ['告诫书'], articles: [t('反家庭暴力法', 16, '告诫书')], related: ['家暴'] },
  { term: '熊孩子闯祸', variants: ['孩子闯祸谁赔', '熊孩子'], articles: [t('民法典', 1188, '由监护人承担侵权责任')] },
  { term: '未成年人充值退款', variants: ['熊孩子打赏', '孩子充值游戏'], articles: [t('民法典', 19, '八周岁以上的未成年人'), t('未成年人保护法', 75, '网络游戏')] },
  // 人格权与网络
  { term: '网络暴力', variants: ['网暴', '网络欺凌'], articles: [t('民法典', 1194, '利用网络侵害他人民事权益'), t('民法典', 1024, '侮辱、诽谤'), t('未成年人保护法', 77, '网络欺凌')] },
  { term: '人肉搜索', articles: [t('民法典', 1032, '隐私权'), t('民法典', 1034, '个人信息受法律保护')] },
  { term: '偷拍', variants: ['偷窥', '针孔摄像头'], articles: [t('民法典', 1033, '拍摄、窥视')] },
  { term: 'AI换脸', variants: ['深度伪造', '换脸'], articles: [t('民法典', 1019, '利用信息技术手段伪造')] },
  { term: '职场性骚扰', variants: ['性骚扰'], articles: [t('民法典', 1010, '性骚扰')] },
  { term: '精神损失费', variants: ['精神赔偿'], articles: [t('民法典', 1183, '精神损害赔偿')] },
  { term: '人脸识别', variants: ['刷脸'], articles: [t('个人信息保护法', 26, '个人身份识别设备')] },
  { term: '大数据杀熟', variants: ['杀熟'], articles: [t('个人信息保护法', 24, '不合理的差别待遇')] },
  { term: 'App过度索权', variants: ['过度收集个人信息', 'APP乱收集信息'], articles: [t('个人信息保护法', 6, '不得过度收集个人信息'), t('消费者权益保护法', 29, '合法、正当、必要')] },
  // 侵权与邻里
  { term: '高空抛物', variants: ['高空坠物', '楼上扔东西'], articles: [t('民法典', 1254, '从建筑物中抛掷物品')] },
  { term: '狗咬人', variants: ['宠物伤人', '被狗咬'], articles: [t('民法典', 1245, '饲养的动物造成他人损害'), t('民法典', 1246, '未对动物采取安全措施')], related: ['烈性犬'] },
  { term: '烈性犬', variants: ['恶犬'], articles: [t('民法典', 1247, '禁止饲养的烈性犬')], related: ['狗咬人'] },
  { term: '好意同乘', variants: ['搭便车出事故', '顺风车出事故'], articles: [t('民法典', 1217, '无偿搭乘人')] },
  { term: '自甘风险', variants: ['打球受伤'], articles: [t('民法典', 1176, '具有一定风险的文体活动')] },
  { term: '自助行为', variants: ['扣留财物'], articles: [t('民法典', 1177, '扣留侵权人的财物')] },
  { term: '见义勇为受伤', variants: ['见义勇为'], articles: [t('民法典', 183, '因保护他人民事权益使自己受到损害')], related: ['好人法'] },
  { term: '好人法', variants: ['扶老人被讹', '紧急救助免责'], articles: [t('民法典', 184, '紧急救助行为')], related: ['见义勇为受伤'] },
  { term: '拒交物业费', variants: ['不交物业费'], articles: [t('民法典', 944, '拒绝支付物业费')] },
  { term: '小区公共收益', variants: ['电梯广告费'], articles: [t('民法典', 282, '共有部分产生的收入')] },
  // 合同与借贷
  { term: '高利贷', variants: ['高利放贷', '砍头息'], articles: [t('民法典', 680, '禁止高利放贷')] },
  { term: '借钱不还', variants: ['欠钱不还'], articles: [t('民法典', 675, '返还借款'), t('民法典', 188, '三年')], related: ['老赖'] },
  { term: '欠款过期', variants: ['欠条过期', '欠款多久不能要'], articles: [t('民法典', 188, '诉讼时效期间为三年')] },
  { term: '定金不退', variants: ['双倍返还定金'], articles: [t('民法典', 587, '双倍返还定金')] },
  { term: '买卖不破租赁', variants: ['房东卖房租客怎么办'], articles: [t('民法典', 725, '不影响租赁合同的效力')] },
  { term: '二房东', variants: ['转租'], articles: [t('民法典', 716, '转租')] },
  { term: '霸王条款', variants: ['格式条款无效'], articles: [t('消费者权益保护法', 26, '格式条款'), t('民法典', 497, '该格式条款无效')] },
  // 消费
  { term: '职业打假', variants: ['知假买假', '退一赔三', '假一赔三'], articles: [t('消费者权益保护法', 55, '三倍')] },
  { term: '七天无理由退货', variants: ['七天无理由', '网购退货'], articles: [t('消费者权益保护法', 25, '七日内退货')] },
  { term: '办卡跑路', variants: ['预付卡', '健身卡退费'], articles: [t('消费者权益保护法', 53, '预收款')] },
  // 劳动
  { term: '996', variants: ['强迫加班', '加班费'], articles: [t('劳动合同法', 31, '不得强迫或者变相强迫劳动者加班')] },
  { term: '欠薪', variants: ['拖欠工资', '讨薪'], articles: [t('劳动合同法', 30, '拖欠'), t('劳动合同法', 85, '劳动报酬')] },
  { term: '试用期工资', variants: ['试用期打折'], articles: [t('劳动合同法', 20, '百分之八十')] },
  { term: '不签劳动合同', variants: ['双倍工资', '二倍工资'], articles: [t('劳动合同法', 82, '二倍的工资')] },
  { term: '离职补偿', variants: ['N+1', '经济补偿金', '辞退补偿'], articles: [t('劳动合同法', 47, '每满一年支付一个月工资'), t('劳动合同法', 40, '额外支付劳动者一个月工资')] },
  { term: '竞业禁止', variants: ['竞业协议'], articles: [t('劳动合同法', 23, '竞业限制'), t('劳动合同法', 24, '竞业限制')] },
  { term: '辞职', variants: ['离职提前多久', '裸辞'], articles: [t('劳动合同法', 37, '提前三十日以书面形式通知')] },
  { term: '培训违约金', variants: ['服务期违约金'], articles: [t('劳动合同法', 22, '服务期')] },
  // 未成年人
  { term: '校园欺凌', variants: ['校园霸凌', '学生欺凌'], articles: [t('未成年人保护法', 39, '学生欺凌')] },
  { term: '留守儿童', variants: ['外出打工孩子托付'], articles: [t('未成年人保护法', 22, '外出务工')] },
  { term: '网瘾', variants: ['沉迷游戏', '防沉迷'], articles: [t('未成年人保护法', 74, '沉迷')] },
  { term: '强制报告', variants: ['发现孩子被侵害'], articles: [t('未成年人保护法', 11, '立即向公安')] },
  // 纠纷解决与执法
  { term: '免费律师', variants: ['免费打官司', '请不起律师'], articles: [t('法律援助法', 2, '无偿'), t('法律援助法', 31, '经济困难')] },
  { term: '调解协议有效吗', variants: ['调解书效力'], articles: [t('人民调解法', 31, '具有法律约束力'), t('人民调解法', 33, '司法确认')] },
  { term: '首违不罚', variants: ['第一次违法不罚款'], articles: [t('行政处罚法', 33, '初次违法')] },
  { term: '一事不再罚', variants: ['重复罚款'], articles: [t('行政处罚法', 29, '不得给予两次以上罚款')] },
  { term: '老赖', variants: ['失信被执行人', '拒不执行判决'], articles: [t('民事诉讼法', 266, '不履行义务信息'), t('刑法', 313, '拒不执行')], related: ['借钱不还'] },
  { term: '退一赔十', variants: ['食品十倍赔偿'], articles: [t('食品安全法', 148, '十倍')], related: ['职业打假'] },
  { term: '过期食品', variants: ['卖过期食品'], articles: [t('食品安全法', 34, '超过保质期')], related: ['退一赔十'] },
  { term: '酒驾', variants: ['醉驾', '喝酒开车'], articles: [t('道路交通安全法', 91, '饮酒后驾驶机动车')] },
];

/** Why an entry or a target was left out of the seed (its law is not in the library). */
export interface AliasSeedReport {
  created: number;
  kept: number;
  /** Targets skipped because their law is absent: 《law》第N条 per term. */
  skipped: { term: string; law: string; article: number }[];
}

/**
 * Seeds the thesaurus. A target whose law is not in the library is skipped (and reported), an
 * entry left with no target is not created; every other target is checked on save.
 */
export async function seedSearchAliases(payload: Payload, log: (message: string) => void = console.log): Promise<AliasSeedReport> {
  const slugs = [...new Set(SEED_ALIASES.flatMap((a) => a.articles.map((x) => x.law)))];
  const laws = await payload.find({ collection: 'laws', where: { slug: { in: slugs } }, pagination: false, depth: 0, select: { slug: true } });
  const lawId = new Map<string, DocId>(laws.docs.map((l) => [l.slug, l.id]));
  const report: AliasSeedReport = { created: 0, kept: 0, skipped: [] };
  for (const alias of SEED_ALIASES) {
    const present = alias.articles.filter((x) => lawId.has(x.law));
    for (const x of alias.articles) if (!lawId.has(x.law)) report.skipped.push({ term: alias.term, law: x.law, article: x.article });
    if (present.length === 0) continue;
    const { created } = await ensureDoc(payload, 'search-aliases', { term: { equals: alias.term } }, {
      term: alias.term,
      variants: alias.variants ?? [],
      related: alias.related ?? [],
      articles: present.map((x) => ({ law: lawId.get(x.law)!, article: x.article })),
    });
    if (created) report.created++;
    else report.kept++;
  }
  const missing = [...new Set(report.skipped.map((s) => s.law))].map((l) => `《${l}》`).join('');
  log(`检索同义词 ${report.created + report.kept} 条${missing ? `（法库中没有${missing}，跳过 ${report.skipped.length} 处引用）` : ''}`);
  return report;
}
