import type { SearchDoc } from '../../../core/search';

/** Small hand-written corpus for search tests (ids chosen so sort order ≠ list order). */
export const FIXTURE: SearchDoc[] = [
  {
    id: 'lesson-marriage',
    kind: 'lesson',
    title: '民法典婚姻家庭编要点解读',
    subtitle: '普法课堂 · 第三讲',
    url: '/lessons/marriage/',
    text:
      '民法典婚姻家庭编共五章七十九条。本讲介绍结婚的条件、夫妻关系和离婚冷静期。\n' +
      '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以撤回申请。',
  },
  {
    id: 'law-civil-code-1079',
    kind: 'law',
    title: '第一千零七十九条',
    subtitle: '中华人民共和国民法典 · 婚姻家庭编',
    url: '/laws/civil-code/1079/',
    text:
      '夫妻一方要求离婚的，可以由有关组织进行调解或者直接向人民法院提起离婚诉讼。' +
      '人民法院审理离婚案件，应当进行调解；如果感情确已破裂，调解无效的，应当准予离婚。',
  },
  {
    id: 'article-legal-aid-guide',
    kind: 'article',
    title: '法律援助申请指南',
    url: '/articles/legal-aid-guide/',
    text:
      '因经济困难没有委托代理人的公民，可以向法律援助机构申请法律援助。' +
      '申请人可以拨打12348公共法律服务热线咨询，也可以到司法所的法律援助工作站现场申请。',
  },
  {
    id: 'law-legal-aid-act-1',
    kind: 'law',
    title: '第一条',
    subtitle: '中华人民共和国法律援助法',
    url: '/laws/legal-aid-act/1/',
    text: '为了规范和促进法律援助工作，保障公民和有关当事人的合法权益，保障法律正确实施，维护社会公平正义，制定本法。',
  },
  {
    id: 'lesson-community-correction',
    kind: 'lesson',
    title: '社区矫正对象的权利与义务',
    url: '/lessons/community-correction/',
    text:
      '社区矫正对象应当按照规定向社区矫正机构报告本人情况，外出须经批准。' +
      '社区矫正对象的人格尊严不受侵犯，在就业、就学和享受社会保障等方面不受歧视。',
  },
  {
    id: 'article-community-correction-short',
    kind: 'article',
    title: '社区矫正',
    url: '/articles/community-correction/',
    text: '本栏目收录社区矫正工作动态和典型案例。',
  },
  {
    id: 'article-business-environment',
    kind: 'article',
    title: '优化营商环境条例解读',
    url: '/articles/business-environment/',
    text:
      '市场主体是经济活动的主要参与者。优化营商环境应当坚持市场化、法治化、国际化原则，' +
      '依法平等保护各类市场主体的合法权益。第十条规定，国家持续放宽市场准入。',
  },
  {
    id: 'article-hotline',
    kind: 'article',
    title: '１２３４８公共法律服务热线全天候服务',
    url: '/articles/hotline/',
    text: '市民遇到法律问题，可拨打１２３４８热线，由执业律师免费解答，法律咨询不收取任何费用。',
  },
  {
    id: 'lesson-constitution-civil',
    kind: 'lesson',
    title: '学习宪法与民法的基本原则',
    url: '/lessons/constitution-civil/',
    text:
      '宪法是国家的根本法。近代以来，各国法典化进程各有特点；' +
      '我国民法学者长期讨论平等、自愿、公平、诚信等民法基本原则。',
  },
  {
    id: 'article-fraud',
    kind: 'article',
    title: '警惕电信网络诈骗',
    url: '/articles/fraud/',
    text:
      '反电信网络诈骗法自2022年12月1日起施行。The Civil Code of the PRC protects personal information. ' +
      '不要向陌生人透露银行卡密码和验证码。',
  },
  {
    id: 'article-outreach',
    kind: 'article',
    title: '普法宣传进社区',
    url: '/articles/outreach/',
    text:
      '司法局组织志愿者走进社区，宣讲民法典、法律援助和社区矫正知识。' +
      '社区矫正工作人员介绍了社区矫正对象的帮扶措施，社区矫正社区矫正。',
  },
];
